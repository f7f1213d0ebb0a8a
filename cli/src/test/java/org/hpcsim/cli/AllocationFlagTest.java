package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.failure;
import static org.hpcsim.cli.Cli.hpcsim;
import static org.hpcsim.cli.Cli.ok;
import static org.hpcsim.cli.Cli.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --allocation node|core} on a scenario's cluster, and where it is refused. */
class AllocationFlagTest {
    @TempDir
    Path tmp;

    @Test
    void shouldAllocateWholeNodesOfTheClusterTheFlagsDescribe() {
        Path out = tmp.resolve("out");
        ok("run", "--trace", Cli.sharedTrace("hpc2n-sample.swf"), "--nodes", "60", "--cores-per-node", "4",
                "--allocation", "node", "--out", out, "--quiet");
        assertEquals("node", summary(out).get("scenario").get("cluster").get("allocation").asText());
    }

    @Test
    void shouldRefuseAnUnknownUnitACoreAllocationOfDynamicNodesAndNoCluster() {
        Path trace = Cli.sharedTrace("hpc2n-sample.swf");
        assertEquals("hpcsim: --allocation: unknown allocation 'rack' (allowed: node, core)",
                failure(hpcsim("run", "--trace", trace, "--nodes", "60", "--allocation", "rack"), ExitCodes.USAGE));
        assertEquals("hpcsim: --allocation needs a cluster to apply to: give --nodes too, or a scenario with a"
                + " cluster", failure(hpcsim("run", "--trace", trace, "--allocation", "core"), ExitCodes.USAGE));
        Path autoscaling = Path.of("..", "scenarios", "examples", "hpc2n-c5n-autoscaling.yaml");
        assertEquals("hpcsim: --allocation: needs allocation: node (dynamic nodes are allocated whole, as in"
                + " ParallelCluster)", failure(hpcsim("run", autoscaling, "--allocation", "core"), ExitCodes.USAGE));
    }
}
