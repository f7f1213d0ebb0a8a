package org.hpcsim.scenarios.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.junit.jupiter.api.Test;

/** The hardware examples show the differences a user expects, in the direction the formulas give. */
class HardwareExamplesTest {
    private static final Path DIR = Path.of("examples/hardware");
    private final ScenarioLoader loader = new ScenarioLoader();

    /** Runtime in seconds of each job, by name then id. */
    private static Map<String, Double> runtimes(Scenario s) {
        Map<String, Double> byJob = new TreeMap<>();
        RunObserver observer = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                byJob.put(o.job().labels().name() + "#" + o.job().id(), SimTime.toSeconds(o.endTime() - o.startTime()));
            }
        };
        RunReport r = ScenarioRunner.run(s, DIR, List.of(observer));
        assertEquals(byJob.size(), r.metrics().jobs());
        return byJob;
    }

    private Scenario example(String file) {
        assumeTrue(Files.isDirectory(DIR), "no examples at " + DIR.toAbsolutePath());
        return loader.load(DIR.resolve(file));
    }

    private static double total(Map<String, Double> runtimes) {
        return runtimes.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    void shouldRunTheCfdWorkloadFastestOnInfinibandThenEfaThenTcp() {
        Scenario ib = example("cfd-interconnect.yaml");
        double onIb = total(runtimes(ib));
        double onEfa = total(runtimes(ib.withHardware(Hardware.withInterconnect(ib.hardware(), "efa-c5n"))));
        double onTcp = total(runtimes(ib.withHardware(Hardware.withInterconnect(ib.hardware(), "ethernet-25g-tcp"))));
        assertTrue(onIb < onEfa && onEfa < onTcp, "IB " + onIb + ", EFA " + onEfa + ", TCP " + onTcp);
    }

    @Test
    void shouldGiveTheSameOrderUnderSlurmsOwnScheduler() {
        Scenario easy = example("cfd-interconnect.yaml");
        Scenario slurm = easy.withScheduler(new SchedulerSpec(PolicyName.SLURM, false));
        double onIb = total(runtimes(slurm));
        double onTcp = total(runtimes(slurm.withHardware(Hardware.withInterconnect(slurm.hardware(),
                "ethernet-25g-tcp"))));
        assertTrue(onIb < onTcp, "IB " + onIb + ", TCP " + onTcp);
        // Alone on its nodes a profiled job's runtime does not depend on the scheduler: the first job starts
        // on an empty cluster under both.
        assertEquals(runtimes(easy).get("cfd#1"), runtimes(slurm).get("cfd#1"), 1e-9);
    }

    @Test
    void shouldSlowJobsScatteredOverTheOversubscribedUplinks() {
        Scenario compact = example("cfd-interconnect.yaml");
        Map<String, Double> packed = runtimes(compact);
        Map<String, Double> spread = runtimes(compact.withHardware(Hardware.withPlacement(compact.hardware(), "scatter")));
        assertTrue(total(spread) > total(packed), "scatter " + total(spread) + " vs compact " + total(packed));
    }

    @Test
    void shouldTrainEveryJobFasterOnH100NodesThanOnA100Nodes() {
        Map<String, Double> a100 = runtimes(example("training-p4d.yaml"));
        Map<String, Double> h100 = runtimes(example("training-p5.yaml"));
        assertEquals(a100.keySet(), h100.keySet());
        for (String job : a100.keySet()) {
            assertTrue(h100.get(job) < a100.get(job), job + ": H100 " + h100.get(job) + " vs A100 " + a100.get(job));
        }
        // More GPUs take longer per step on A100 (the allreduce crosses 400 Gb/s EFA), but a step is one step.
        assertTrue(a100.get("train-32gpu#3") > a100.get("train-8gpu#1"));
    }

    @Test
    void shouldBeginAProfiledJobsWorkOnceItsDynamicNodesHaveBooted() {
        Scenario fixed = example("training-p4d.yaml");
        Scenario autoscaled = fixed.withCluster(new ClusterSpec(0, 48, 8, AllocationUnit.NODE, "p4d.24xlarge", null, 4,
                300, 600));
        Map<String, Double> a = runtimes(fixed);
        Map<String, Double> b = runtimes(autoscaled);
        assertEquals(a.get("train-8gpu#1"), b.get("train-8gpu#1"), 1e-9, "the boot is not part of the run");
    }

    @Test
    void shouldMakeTheDearerH100QueueCheaperAndQuickerWhenNodesAutoscale() {
        assumeTrue(Files.isDirectory(DIR), "no examples at " + DIR.toAbsolutePath());
        Path top = DIR.getParent();
        RunReport p4d = ScenarioRunner.run(loader.load(top.resolve("gpu-queue-p4d.yaml")), top, List.of());
        RunReport p5 = ScenarioRunner.run(loader.load(top.resolve("gpu-queue-p5.yaml")), top, List.of());
        assertTrue(p5.cost().total() < p4d.cost().total(), "p5 $" + p5.cost().total() + " vs p4d $" + p4d.cost().total());
        assertTrue(p5.metrics().p95Wait() < p4d.metrics().p95Wait());
    }

    @Test
    void shouldRunTheUnpinnedStreamJobSlowerByTheNumaHarmonicMean() {
        Map<String, Double> r = runtimes(example("stream-pinning.yaml"));
        // xeon-2s: distance 21, half the pages remote: 0.5 x 1 + 0.5 x 2.1 = 1.55 times the pinned time.
        assertEquals(1.55, r.get("stream-unpinned#2") / r.get("stream-pinned#1"), 1e-6);
    }
}
