package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hpcsim run} on examples/slurm-cpus-for-gpus: sacct.txt bills the gpu partition's jobs by
 * its TRESBillingWeights ("CPU=1.0,GRES/gpu=8.0") and the cpu partition's by their CPUs.
 */
class BillingSacctTest {
    @TempDir
    Path tmp;

    @Test
    void shouldBillEachJobAsItsPartitionWeighsItsTres() throws Exception {
        Path scenario = Path.of("..", "scenarios", "examples", "slurm-cpus-for-gpus", "scenario.yaml");
        Cli.ok("run", scenario, "--out", tmp, "--quiet");
        List<String> rows = Files.readAllLines(tmp.resolve("sacct.txt"));
        int gpuRows = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\\|", -1);
            long cpus = Long.parseLong(f[7]);
            long gpus = 0;
            long billing = -1;
            for (String tres : f[8].split(",")) {
                if (tres.startsWith("gres/gpu=")) {
                    gpus = Long.parseLong(tres.substring("gres/gpu=".length()));
                } else if (tres.startsWith("billing=")) {
                    billing = Long.parseLong(tres.substring("billing=".length()));
                }
            }
            if (f[1].equals("gpu")) {
                gpuRows++;
                assertEquals(cpus + 8 * gpus, billing, row);
            } else {
                assertEquals(cpus, billing, row);
            }
        }
        assertEquals(120, gpuRows);
        assertTrue(rows.size() > 400, "a row per job: " + rows.size());
    }
}
