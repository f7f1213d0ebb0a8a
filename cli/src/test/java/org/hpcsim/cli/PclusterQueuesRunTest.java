package org.hpcsim.cli;

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

/** {@code hpcsim run --pcluster} with several compute resources under policy slurm: each priced on its own. */
class PclusterQueuesRunTest {
    @TempDir
    Path tmp;

    private static final String TWO_QUEUES = """
            Scheduling:
              Scheduler: slurm
              SlurmQueues:
                - Name: od
                  ComputeResources:
                    - {Name: c5n, InstanceType: c5n.18xlarge, MinCount: 4, MaxCount: 4}
                - Name: sp
                  CapacityType: SPOT
                  ComputeResources:
                    - {Name: hpc7a, InstanceType: hpc7a.96xlarge, MaxCount: 4}
            """;

    // Two jobs for the default queue (od) and one asking for sp, all submitted at 0.
    private static final String JOBS = """
            job_id,submit_s,run_s,requested_s,processors,nodes,gpus,user,partition
            1,0,3600,7200,72,1,0,ann,
            2,0,7200,14400,192,1,0,bob,sp
            3,0,1800,3600,144,2,0,ann,
            """;

    @Test
    void shouldPriceEachComputeResourceAndEachJobAtItsNodes() throws IOException {
        Path config = Files.writeString(tmp.resolve("two.yaml"), TWO_QUEUES);
        Path jobs = Files.writeString(tmp.resolve("jobs.csv"), JOBS);
        Path out = tmp.resolve("out");
        Cli.Result r = hpcsim("run", "--pcluster", config, "--trace", jobs, "--out", out);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("), Spot and On-Demand |"), r.out()); // one group of each
        assertTrue(r.out().contains("|   sp/hpc7a (hpc7a.96xlarge, spot) |"), r.out());
        JsonNode cost = summary(out).get("cost");
        JsonNode od = cost.get("groups").get(0);
        JsonNode sp = cost.get("groups").get(1);
        assertEquals("od/c5n", od.get("name").asText());
        assertEquals("sp/hpc7a", sp.get("name").asText());
        assertEquals("spot", sp.get("capacity").asText());

        List<String> rows = Files.readAllLines(out.resolve("jobs.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        String[] bob = row(rows, "2");
        double start = Double.parseDouble(bob[header.indexOf("start_s")]);
        double end = Double.parseDouble(bob[header.indexOf("end_s")]);
        // Job 2 waited for its hpc7a node's 270 s boot and ended last: the window is 0..end, the
        // node up from start - 270 s to the end, booting 270 s of it, busy 2 h, never idle.
        assertTrue(start >= 270, "job 2 starts once its node has booted, at " + start);
        double spotPrice = 7.20 * 0.3; // hpc7a.96xlarge at the default 70% off
        assertEquals(spotPrice, sp.get("perNodeHour").asDouble(), 1e-12);
        assertEquals((end - start + 270) / 3600, sp.get("nodeHours").asDouble(), 1e-9);
        assertEquals(270.0 / 3600, sp.get("bootingNodeHours").asDouble(), 1e-9);
        assertEquals(2, sp.get("busyNodeHours").asDouble(), 1e-9);
        assertEquals(0, sp.get("idleNodeHours").asDouble(), 1e-9);
        // The 4 static c5n nodes are up the whole window; jobs 1 and 3 hold 1 + 2 x 0.5 node-hours.
        assertEquals(4 * end / 3600, od.get("nodeHours").asDouble(), 1e-9);
        assertEquals(2, od.get("busyNodeHours").asDouble(), 1e-9);
        // Each job at the price of its nodes: bob's 2 Spot hpc7a hours, ann's On-Demand c5n hours.
        assertEquals(2 * spotPrice, Double.parseDouble(bob[header.indexOf("cost_usd")]), 1e-9);
        String[] first = row(rows, "1");
        assertEquals(3.888, Double.parseDouble(first[header.indexOf("cost_usd")]), 1e-9);
        assertEquals(od.get("cost").asDouble() + sp.get("cost").asDouble(), cost.get("total").asDouble(), 1e-9);
    }

    @Test
    void shouldInterruptOnlyTheSpotQueuesNodesAsTheScenarioSays() throws IOException {
        Path config = Files.writeString(tmp.resolve("two.yaml"), TWO_QUEUES);
        // A month-long job in each queue; 99% of Spot nodes are interrupted within a month, and a hit
        // job is not requeued: the Spot one fails, the On-Demand one runs to its end.
        Path jobs = Files.writeString(tmp.resolve("long.csv"), """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,user,partition
                1,0,2592000,2678400,72,1,0,ann,
                2,0,2592000,2678400,768,4,0,bob,sp
                """);
        Path scenario = Files.writeString(tmp.resolve("spot.yaml"), """
                name: spot-queues
                cluster:
                  instanceType: c5n.18xlarge
                  nodes: 1
                  pricing: {capacity: spot}
                  spot: {interruptionRate: 0.99, requeue: false}
                scheduler: {policy: slurm}
                workload: {trace: long.csv}
                """);
        Path out = tmp.resolve("spot");
        Cli.Result r = hpcsim("run", scenario, "--pcluster", config, "--out", out, "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("of every node of the SPOT queues' compute resources"), r.err());
        JsonNode failures = summary(out).get("engine").get("nodeFailures");
        assertEquals(1, failures.get("spotInterruptions").asInt(), failures.toString()); // the job's end stops them
        assertEquals(1, failures.get("failed").asInt());
        // Its work until the hit, in hpc7a node-hours (192 CPUs a node), priced at the Spot price.
        double lost = failures.get("lostCpuSeconds").asDouble() / 192 / 3600;
        assertEquals(lost, failures.get("lostNodeHours").asDouble(), 1e-9);
        assertEquals(lost * 7.20 * 0.3, failures.get("lostCost").asDouble(), 1e-6);
        List<String> rows = Files.readAllLines(out.resolve("jobs.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        String[] ann = row(rows, "1");
        assertEquals(2592000, Double.parseDouble(ann[header.indexOf("run_s")]), 1e-9);
        String[] bob = row(rows, "2");
        assertTrue(Double.parseDouble(bob[header.indexOf("run_s")]) < 2592000, "the Spot job was cut short");
    }

    private static String[] row(List<String> rows, String jobId) {
        return rows.stream().filter(r -> r.startsWith(jobId + ",")).findFirst().orElseThrow().split(",", -1);
    }
}
