package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.hpcsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pcluster} on a scenario with a hardware block: EFA and the placement group set the network. */
class PclusterNetworkRunTest {
    private static final Path EXAMPLES = Path.of("..", "scenarios", "examples", "pcluster");

    @TempDir
    Path tmp;

    @Test
    void shouldRunTheCfdJobsFasterWithEfaInAPlacementGroupThanOverTcp() throws IOException {
        double efa = meanRun("c5n-efa-spot.yaml", "hardware.interconnect is efa-c5n (Efa.Enabled)");
        double tcp = meanRun("c5n-no-efa.yaml", "hardware.interconnect is ethernet-100g-tcp (no EFA: ENA, TCP)");
        // Halo exchanges and allreduces of every iteration cost more over TCP: each job's fixed work
        // takes longer.
        assertTrue(tcp > efa * 1.05, "TCP " + tcp + " s against EFA " + efa + " s");
    }

    private double meanRun(String config, String note) throws IOException {
        Path out = tmp.resolve(config);
        Cli.Result r = hpcsim("run", EXAMPLES.resolve("cfd-on-pcluster.yaml"), "--pcluster", EXAMPLES.resolve(config),
                "--out", out, "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(note), r.err());
        List<String> rows = Files.readAllLines(out.resolve("jobs.csv"));
        int run = List.of(rows.get(0).split(",")).indexOf("run_s");
        return rows.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[run])).average().orElseThrow();
    }
}
