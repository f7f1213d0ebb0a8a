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

    /** Figures of tools/reference-replay.py on hpc2n-sample (Seth, killing at the limit). */
    private record Reference(double makespan, double utilization, double meanWait, double p95Wait, double maxWait,
                             double meanBoundedSlowdown, double throughputPerHour, double meanQueueLength,
                             int maxQueueLength) {}

    /** Checks a replay of hpc2n-sample on Seth against the reference replay's figures. */
    private static void assertMatches(RunReport r, Reference ref) {
        RunMetrics m = r.metrics();
        assertEquals(3145, m.jobs());
        assertEquals(320, m.killedAtLimit());
        assertEquals(25, r.workload().jobsDropped());
        near(ref.makespan(), m.makespan(), "makespan");
        near(ref.utilization(), m.utilization(), "utilization");
        near(ref.meanWait(), m.meanWait(), "meanWait");
        near(0.0, m.medianWait(), "medianWait");
        near(ref.p95Wait(), m.p95Wait(), "p95Wait");
        near(ref.maxWait(), m.maxWait(), "maxWait");
        near(ref.meanBoundedSlowdown(), m.meanBoundedSlowdown(), "meanBoundedSlowdown");
        near(ref.throughputPerHour(), m.throughputPerHour(), "throughputPerHour");
        near(ref.meanQueueLength(), m.meanQueueLength(), "meanQueueLength");
        assertEquals(ref.maxQueueLength(), m.maxQueueLength());
    }

    @Test
    void shouldMatchTheReferenceReplayUnderFcfs() {
        RunReport r = run(PolicyName.FCFS, SETH);
        assertEquals(3170, r.workload().jobsRead());
        assertMatches(r, new Reference(5309576.0, 0.3947358453543811, 5614.43720190779, 25661.6, 78505.0,
                47.30533833439841, 2.132373658461617, 3.3255772212319776, 83));
    }

    @Test
    void shouldMatchTheReferenceReplayUnderEasy() {
        assertMatches(run(PolicyName.EASY, SETH), new Reference(5282045.0, 0.39679328192647606, 3533.544038155803,
                20418.2, 81059.0, 16.46387581872206, 2.143487986187168, 2.1039192206806265, 63));
    }

    @Test
    void shouldMatchTheReferenceReplayUnderConservative() {
        // Every job's start and end agree with the script's too (checked through jobs.csv).
        assertMatches(run(PolicyName.CONSERVATIVE, SETH), new Reference(5282045.0, 0.39679328192647606,
                3497.88680445151, 19351.6, 79483.0, 16.80569817202447, 2.143487986187168, 2.0826884284401213, 66));
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
