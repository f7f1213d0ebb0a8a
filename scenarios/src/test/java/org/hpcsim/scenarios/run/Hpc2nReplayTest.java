package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;
import org.junit.jupiter.api.Test;

/**
 * The whole replay path (trace file, filter, cluster, policy, metrics) on the first 3,170 jobs of
 * HPC2N "Seth", with metrics pinned.
 *
 * <p>Where the numbers come from: {@code tools/reference-replay.py}, an independent Python replay
 * written separately from the Java engine (full queue scan and fresh reservation every pass), run
 * as {@code python3 tools/reference-replay.py ../shared/data/traces/hpc2n-sample.swf 240 fcfs}
 * (and {@code easy}, {@code conservative}), that is 240 single-core processors with jobs killed at their requested
 * time. The Java run uses 120 nodes x 2 cores with per-core allocation, the same capacity. Every
 * metric below, queue lengths included, agreed exactly (to the last printed digit; the script
 * prints p95 waits as 25661.599999999995 and 20418.199999999975) when the values were pinned. A
 * change in any of them is a change in the replay's semantics, to be checked against the script
 * again before re-pinning.
 */
class Hpc2nReplayTest {
    private static final double REL = 1e-9;

    static Path trace(String name) {
        Path fromModule = Path.of("..", "..", "shared", "data", "traces", name);
        Path file = Files.exists(fromModule) ? fromModule : Path.of("..", "shared", "data", "traces", name);
        assumeTrue(Files.isRegularFile(file), "trace not present: " + file.toAbsolutePath());
        return file.toAbsolutePath().normalize();
    }

    private static Scenario hpc2n(PolicyName policy, ClusterSpec cluster) {
        return new Scenario("hpc2n", 1, cluster, new SchedulerSpec(policy, true),
                WorkloadSpec.ofTrace(trace("hpc2n-sample.swf").toString()), OutputSpec.defaults());
    }

    private static RunReport run(PolicyName policy, ClusterSpec cluster) {
        return ScenarioRunner.run(hpc2n(policy, cluster), Path.of("."), List.of());
    }

    private static void near(double expected, double actual, String name) {
        assertEquals(expected, actual, Math.max(Math.abs(expected) * REL, 1e-12), name);
    }

    private static final ClusterSpec SETH = new ClusterSpec(120, 2, AllocationUnit.CORE);

    @Test
    void shouldMatchTheReferenceReplayUnderFcfs() {
        RunReport r = run(PolicyName.FCFS, SETH);
        RunMetrics m = r.metrics();
        assertEquals(3145, m.jobs());
        assertEquals(320, m.killedAtLimit());
        assertEquals(25, r.workload().jobsDropped());
        assertEquals(3170, r.workload().jobsRead());
        near(5309576.0, m.makespan(), "makespan");
        near(0.3947358453543811, m.utilization(), "utilization");
        near(5614.43720190779, m.meanWait(), "meanWait");
        near(0.0, m.medianWait(), "medianWait");
        near(25661.6, m.p95Wait(), "p95Wait");
        near(78505.0, m.maxWait(), "maxWait");
        near(47.30533833439841, m.meanBoundedSlowdown(), "meanBoundedSlowdown");
        near(2.132373658461617, m.throughputPerHour(), "throughputPerHour");
        near(3.3255772212319776, m.meanQueueLength(), "meanQueueLength");
        assertEquals(83, m.maxQueueLength());
    }

    @Test
    void shouldMatchTheReferenceReplayUnderEasy() {
        RunReport r = run(PolicyName.EASY, SETH);
        RunMetrics m = r.metrics();
        assertEquals(3145, m.jobs());
        assertEquals(320, m.killedAtLimit());
        assertEquals(25, r.workload().jobsDropped());
        near(5282045.0, m.makespan(), "makespan");
        near(0.39679328192647606, m.utilization(), "utilization");
        near(3533.544038155803, m.meanWait(), "meanWait");
        near(0.0, m.medianWait(), "medianWait");
        near(20418.2, m.p95Wait(), "p95Wait");
        near(81059.0, m.maxWait(), "maxWait");
        near(16.46387581872206, m.meanBoundedSlowdown(), "meanBoundedSlowdown");
        near(2.143487986187168, m.throughputPerHour(), "throughputPerHour");
        near(2.1039192206806265, m.meanQueueLength(), "meanQueueLength");
        assertEquals(63, m.maxQueueLength());
    }

    @Test
    void shouldMatchTheReferenceReplayUnderConservative() {
        // Every job's start and end agree with the script's too (checked through jobs.csv).
        RunReport r = run(PolicyName.CONSERVATIVE, SETH);
        RunMetrics m = r.metrics();
        assertEquals(3145, m.jobs());
        assertEquals(320, m.killedAtLimit());
        assertEquals(25, r.workload().jobsDropped());
        near(5282045.0, m.makespan(), "makespan");
        near(0.39679328192647606, m.utilization(), "utilization");
        near(3497.88680445151, m.meanWait(), "meanWait");
        near(0.0, m.medianWait(), "medianWait");
        near(19351.6, m.p95Wait(), "p95Wait");
        near(79483.0, m.maxWait(), "maxWait");
        near(16.80569817202447, m.meanBoundedSlowdown(), "meanBoundedSlowdown");
        near(2.143487986187168, m.throughputPerHour(), "throughputPerHour");
        near(2.0826884284401213, m.meanQueueLength(), "meanQueueLength");
        assertEquals(66, m.maxQueueLength());
    }

    @Test
    void shouldTakeTheClusterFromTheTraceHeaderWhenTheScenarioGivesNone() {
        // hpc2n's header: MaxNodes 240, MaxProcs 240, so 240 nodes of one core, per-core
        // allocation: the same 240 cores as Seth's 120 x 2, hence the same replay.
        RunReport r = run(PolicyName.FCFS, null);
        assertEquals(new ClusterSpec(240, 1, AllocationUnit.CORE), r.scenario().cluster());
        RunMetrics m = r.metrics();
        assertEquals(3145, m.jobs());
        assertEquals(25, r.workload().jobsDropped());
        near(5309576.0, m.makespan(), "makespan");
        near(0.3947358453543811, m.utilization(), "utilization");
        near(5614.43720190779, m.meanWait(), "meanWait");
        near(47.30533833439841, m.meanBoundedSlowdown(), "meanBoundedSlowdown");
    }

    @Test
    void shouldReportTheScenarioAsRunWithItsClusterResolved() {
        Scenario s = hpc2n(PolicyName.EASY, SETH);
        RunReport r = ScenarioRunner.run(s, Path.of("."), List.of());
        assertEquals(s, r.scenario());
        assertEquals(s.workload().trace(), r.workload().source());
    }
}
