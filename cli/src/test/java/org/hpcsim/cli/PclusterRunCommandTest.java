package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.failure;
import static org.hpcsim.cli.Cli.hpcsim;
import static org.hpcsim.cli.Cli.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hpcsim run --pcluster}: a ParallelCluster configuration's cluster under a trace, and its refusals. */
class PclusterRunCommandTest {
    @TempDir
    Path tmp;

    private static final Path EXAMPLE = Path.of("..", "scenarios", "examples", "pcluster", "c5n-efa-spot.yaml");

    private static final String TWO_RESOURCES = """
            Scheduling:
              Scheduler: slurm
              SlurmQueues:
                - Name: cpu
                  ComputeResources:
                    - {Name: c5n, InstanceType: c5n.18xlarge, MinCount: 4, MaxCount: 4}
                    - {Name: hpc7a, InstanceType: hpc7a.96xlarge}
            """;

    @Test
    void shouldReplayATraceOnTheExampleWithSpotCostAndDynamicNodes() {
        Path out = tmp.resolve("out");
        Cli.Result r = hpcsim("run", "--pcluster", EXAMPLE, "--trace", Cli.sharedTrace("hpc2n-sample.swf"),
                "--out", out, "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> notes = r.errLines();
        assertTrue(notes.stream().allMatch(l -> l.startsWith("hpcsim: note: ")), r.err());
        assertTrue(notes.stream().anyMatch(l -> l.contains("2 static + 14 dynamic c5n.18xlarge nodes")), r.err());
        assertTrue(notes.stream().anyMatch(l -> l.contains("keys not modelled and ignored: Region, Image,")), r.err());
        assertTrue(notes.stream().anyMatch(l -> l.equals("hpcsim: note: scheduler slurm (the default with --pcluster;"
                + " ParallelCluster's own scheduler)")), r.err());

        JsonNode s = summary(out);
        JsonNode cluster = s.get("scenario").get("cluster");
        assertEquals(2, cluster.get("nodes").asInt());
        assertEquals(14, cluster.get("dynamicNodes").asInt());
        assertEquals(36, cluster.get("coresPerNode").asInt());
        assertEquals(600, cluster.get("scaledownIdleTime").asDouble());
        assertEquals("slurm", s.get("scenario").get("scheduler").get("policy").asText());
        JsonNode cost = s.get("cost");
        assertTrue(cost.get("spot").asBoolean());
        // c5n.18xlarge at $3.888 On-Demand, 70% off.
        assertEquals(3.888 * 0.3, cost.get("perNodeHour").asDouble(), 1e-9);
        double hours = s.get("metrics").get("makespan").asDouble() / 3600;
        double nodeHours = cost.get("nodeHours").asDouble();
        assertTrue(nodeHours > 2 * hours && nodeHours < 16 * hours, "between 2 and 16 nodes up: " + nodeHours);
        // The head node, c5n.xlarge at $0.216 On-Demand (c5n.18xlarge's price / 18), over the whole window.
        assertEquals("c5n.xlarge", cost.get("headNode").asText());
        assertEquals(0.216 * hours, cost.get("headNodeCost").asDouble(), 1e-6);
        assertEquals(nodeHours * cost.get("perNodeHour").asDouble() + cost.get("headNodeCost").asDouble(),
                cost.get("total").asDouble(), 1e-6);
    }

    @Test
    void shouldRunTheChosenStaticComputeResourceUnderSlurm() throws IOException {
        Path config = Files.writeString(tmp.resolve("two.yaml"), TWO_RESOURCES);
        Path out = tmp.resolve("out");
        Cli.Result r = hpcsim("run", "--pcluster", config, "--pcluster-compute-resource", "c5n", "--scheduler", "slurm",
                "--trace", Cli.sharedTrace("hpc2n-sample.swf"), "--out", out, "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("not simulated (one compute resource chosen): cpu/hpc7a"), r.err());
        JsonNode s = summary(out);
        assertEquals("slurm", s.get("scenario").get("scheduler").get("policy").asText());
        assertEquals(4, s.get("scenario").get("cluster").get("nodes").asInt());
        assertEquals(72, s.get("scenario").get("cluster").get("coresPerNode").asInt());
        assertEquals(3.888, s.get("cost").get("perNodeHour").asDouble(), 1e-9);
    }

    @Test
    void shouldAskForAChoiceAmongSeveralComputeResourcesOutsidePolicySlurm() throws IOException {
        Path config = Files.writeString(tmp.resolve("two.yaml"), TWO_RESOURCES);
        String line = failure(hpcsim("run", "--pcluster", config, "--scheduler", "easy", "--trace",
                Cli.sharedTrace("hpc2n-sample.swf")), ExitCodes.USAGE);
        assertTrue(line.contains("2 compute resources, and only policy slurm simulates several (queue/compute"
                + " resource: cpu/c5n, cpu/hpc7a); choose one with --pcluster-queue NAME and"
                + " --pcluster-compute-resource NAME"), line);
    }

    @Test
    void shouldRefuseBadConfigurationsAndFlagCombinationsInOneLine() throws IOException {
        Path trace = Cli.sharedTrace("hpc2n-sample.swf");
        Path typo = Files.writeString(tmp.resolve("typo.yaml"), TWO_RESOURCES.replace("MaxCount: 4", "MaxCout: 4"));
        assertTrue(failure(hpcsim("run", "--pcluster", typo, "--trace", trace), ExitCodes.DATA)
                .endsWith(":6:64: Scheduling.SlurmQueues[0].ComputeResources[0].MaxCout: not a ParallelCluster key"
                        + " hpcsim reads; did you mean MaxCount?"));
        assertTrue(failure(hpcsim("run", "--pcluster", tmp.resolve("none.yaml"), "--trace", trace), ExitCodes.NO_INPUT)
                .endsWith("none.yaml: no such ParallelCluster configuration"));
        assertTrue(failure(hpcsim("run", "--pcluster", EXAMPLE, "--allocation", "core", "--trace", trace),
                ExitCodes.USAGE).startsWith("hpcsim: --allocation: core is not allowed with dynamic nodes"));
        assertEquals("hpcsim: --pcluster-queue needs --pcluster FILE",
                failure(hpcsim("run", "--pcluster-queue", "cpu", "--trace", trace), ExitCodes.USAGE));
        assertTrue(failure(hpcsim("run", "--pcluster", EXAMPLE, "--nodes", "4", "--trace", trace), ExitCodes.USAGE)
                .contains("--nodes and --cores-per-node do not combine with it"));
    }

    @Test
    void shouldPriceTheFilesFsxCapacityAtTheScenariosStoragePrice() throws IOException {
        // The example's scratch file system is 1200 GiB (StorageCapacity); the scenario prices it at
        // $0.14 per GiB-month: 1200 x 0.14 x window hours / 730.
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "name: s\nworkload: {trace: "
                + Cli.sharedTrace("hpc2n-sample.swf").toAbsolutePath() + "}\n"
                + "storage: {type: fsx-lustre, pricePerGiBMonth: 0.14}\n");
        Path out = tmp.resolve("out");
        Cli.Result r = hpcsim("run", scenario, "--pcluster", EXAMPLE, "--out", out, "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.errLines().stream().anyMatch(l -> l.contains("shared storage scratch: 1200 GiB (StorageCapacity)"
                + " at $0.14 per GiB-month")), r.err());
        JsonNode cost = summary(out).get("cost");
        JsonNode fsx = cost.get("storage").get(0);
        assertEquals("scratch", fsx.get("name").asText());
        assertEquals(1200, fsx.get("capacityGiB").asDouble());
        assertEquals(1200 * 0.14 * fsx.get("hours").asDouble() / 730, fsx.get("cost").asDouble(), 1e-9);
        assertEquals(fsx.get("cost").asDouble(), cost.get("storageCost").asDouble(), 0);
        assertEquals(cost.get("nodeHours").asDouble() * cost.get("perNodeHour").asDouble()
                + cost.get("storageCost").asDouble() + cost.get("headNodeCost").asDouble(),
                cost.get("total").asDouble(), 1e-6);
    }

    @Test
    void shouldInterruptASpotQueueAsTheScenariosSpotBlockSays() {
        // The file has no interruption figures: the scenario's cluster.spot block gives them, for
        // every node of the Spot queue, static and dynamic (the example scenario, band 10-15%).
        Path out = tmp.resolve("out");
        Cli.Result r = hpcsim("run", Path.of("..", "scenarios", "examples", "hpc2n-c5n-autoscaling-spot.yaml"),
                "--pcluster", EXAMPLE, "--out", out, "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Spot interruptions from the scenario's cluster.spot: band 10-15% of every node,"
                + " static and dynamic, jobs requeued"), r.err());
        JsonNode failures = summary(out).get("engine").get("nodeFailures");
        assertTrue(failures.get("spotInterruptions").asLong() > 0, failures.toString());
        assertEquals(failures.get("spotInterruptions").asLong(), failures.get("requeued").asLong()
                + failures.get("idleHits").asLong(), "no requeue: false, so every hit on a busy node requeues one run");
    }
}
