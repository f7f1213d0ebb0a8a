package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

class MetricsCollectorTest {
    private static final double EPS = 1e-9;

    private static Job job(long id, long submitS, int processors, long runS, long requestedS) {
        return Job.rigid(id, SimTime.seconds(submitS), SimTime.seconds(runS), SimTime.seconds(requestedS),
                processors);
    }

    private static RunMetrics run(HomogeneousCluster cluster, boolean killAtLimit, List<Job> jobs) {
        MetricsCollector metrics = new MetricsCollector(cluster.totalCores());
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(jobs), killAtLimit, metrics).run();
        return metrics.metrics();
    }

    @Test
    void shouldComputeTheHeadlineMetricsOfAHandCheckedFcfsRun() {
        // 4 single-core nodes, FCFS; the first job arrives at t=100 s, not 0.
        //   J1 (4 cores, 20 s) submit 100: runs 100..120, wait 0
        //   J2 (2 cores,  2 s) submit 105: runs 120..122, wait 15
        //   J3 (2 cores, 30 s) submit 110: runs 120..150, wait 10
        //   J4 (4 cores, 10 s) submit 115: 2 free at 122, all 4 at 150: runs 150..160, wait 35
        //   J5 (1 core,  40 s) submit 130: behind J4: runs 160..200, wait 30
        //
        // Waits sorted 0, 10, 15, 30, 35: mean 90/5 = 18, median 15,
        // p95 at rank 0.95 x 4 = 3.8: 30 + 0.8 x (35 - 30) = 34 (linear, NumPy's default), max 35.
        // Bounded slowdown max(1, (wait + run) / max(run, 10)):
        //   J1 20/20 = 1; J2 17/10 = 1.7 (the 10 s floor, not 17/2); J3 40/30; J4 45/10 = 4.5; J5 70/40 = 1.75.
        // Makespan 200 - 100 = 100 s. Core-seconds 4x20 + 2x2 + 2x30 + 4x10 + 1x40 = 224;
        // utilization 224 / (4 x 100) = 0.56; throughput 5 / (100 / 3600) = 180 jobs per hour.
        // Queue length (waiting jobs): 0 on [100,105), 1 on [105,110), 2 on [110,115), 3 on
        // [115,120), 1 on [120,130) (J2 and J3 start at 120), 2 on [130,150), 1 on [150,160),
        // 0 on [160,200]: integral 5 + 10 + 15 + 10 + 40 + 10 = 90 job-seconds, mean 0.9, max 3.
        RunMetrics m = run(new HomogeneousCluster(4, 1, AllocationUnit.CORE), false, List.of(
                job(1, 100, 4, 20, 20),
                job(2, 105, 2, 2, 2),
                job(3, 110, 2, 30, 30),
                job(4, 115, 4, 10, 10),
                job(5, 130, 1, 40, 40)));
        assertEquals(5, m.jobs());
        assertEquals(0, m.killedAtLimit());
        assertEquals(100.0, m.firstSubmit(), EPS);
        assertEquals(200.0, m.lastEnd(), EPS);
        assertEquals(100.0, m.makespan(), EPS);
        assertEquals(18.0, m.meanWait(), EPS);
        assertEquals(15.0, m.medianWait(), EPS);
        assertEquals(34.0, m.p95Wait(), EPS);
        assertEquals(35.0, m.maxWait(), EPS);
        assertEquals((1 + 1.7 + 40.0 / 30 + 4.5 + 1.75) / 5, m.meanBoundedSlowdown(), EPS);
        assertEquals(0.56, m.utilization(), EPS);
        assertEquals(180.0, m.throughputPerHour(), EPS);
        assertEquals(0.9, m.meanQueueLength(), EPS);
        assertEquals(3, m.maxQueueLength());
        assertEquals(224.0 / 3600, m.coreHours(), EPS);
    }

    @Test
    void shouldCountWholeNodesAndKilledJobsAtTheirLimit() {
        // 2 nodes x 4 cores by node (8 cores). J1 (5 procs -> 2 nodes = 8 cores, run 30, req 10)
        // submitted at 50 is killed at 60; J2 (1 proc -> 1 node = 4 cores, 5 s) waits 10 s, 60..65.
        // Core-seconds 8 x 10 + 4 x 5 = 100; makespan 65 - 50 = 15; utilization 100 / (8 x 15).
        // Slowdowns: J1 10/10 = 1; J2 (10 + 5) / 10 = 1.5.
        RunMetrics m = run(new HomogeneousCluster(2, 4, AllocationUnit.NODE), true, List.of(
                job(1, 50, 5, 30, 10),
                job(2, 50, 1, 5, 5)));
        assertEquals(2, m.jobs());
        assertEquals(1, m.killedAtLimit());
        assertEquals(15.0, m.makespan(), EPS);
        assertEquals(100.0 / (8 * 15), m.utilization(), EPS);
        assertEquals(5.0, m.meanWait(), EPS);
        assertEquals(5.0, m.medianWait(), EPS);
        assertEquals(9.5, m.p95Wait(), EPS); // 0 + 0.95 x (10 - 0)
        assertEquals(1.25, m.meanBoundedSlowdown(), EPS);
        assertEquals(2 / (15.0 / 3600), m.throughputPerHour(), EPS);
        // One job waits on [50,60): mean 10 / 15 over the makespan.
        assertEquals(10.0 / 15, m.meanQueueLength(), EPS);
        assertEquals(1, m.maxQueueLength()); // sampled after the pass at 50, which starts J1: only J2 waits
    }

    @Test
    void shouldReportZerosForAnEmptyRun() {
        RunMetrics m = run(new HomogeneousCluster(1, 1, AllocationUnit.CORE), false, List.of());
        assertEquals(new RunMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), m);
    }

    @Test
    void shouldNotDivideByAZeroMakespan() {
        // One zero-length job: submitted, started and ended at 7 s.
        RunMetrics m = run(new HomogeneousCluster(1, 1, AllocationUnit.CORE), false, List.of(job(1, 7, 1, 0, 0)));
        assertEquals(1, m.jobs());
        assertEquals(0.0, m.makespan(), EPS);
        assertEquals(0.0, m.utilization(), EPS);
        assertEquals(0.0, m.throughputPerHour(), EPS);
        assertEquals(1.0, m.meanBoundedSlowdown(), EPS);
        assertEquals(0.0, m.meanWait(), EPS);
    }

    @Test
    void shouldApplyTheTenSecondFloorOnlyToShortJobs() {
        // Fed directly: a 2 s job that waited 8 s has bounded slowdown (8 + 2) / 10 = 1 (not 5);
        // a 100 s job that waited 300 s has (300 + 100) / 100 = 4. Mean 2.5.
        MetricsCollector c = new MetricsCollector(1);
        Job shortJob = job(1, 0, 1, 2, 2);
        Job longJob = job(2, 0, 1, 100, 100);
        c.jobSubmitted(shortJob, 0);
        c.jobSubmitted(longJob, 0);
        c.passFinished(0, 2);
        c.jobStarted(shortJob, SimTime.seconds(8), 1);
        c.passFinished(SimTime.seconds(8), 1);
        c.jobFinished(new JobOutcome(shortJob, SimTime.seconds(8), SimTime.seconds(10), 1, 1, false));
        c.jobStarted(longJob, SimTime.seconds(300), 1);
        c.passFinished(SimTime.seconds(300), 0);
        c.jobFinished(new JobOutcome(longJob, SimTime.seconds(300), SimTime.seconds(400), 1, 1, false));
        assertEquals(2.5, c.metrics().meanBoundedSlowdown(), EPS);
    }

    @Test
    void shouldForwardEveryCallToEachObserverInOrder() {
        StringBuilder log = new StringBuilder();
        RunObserver a = new RunObserver() {
            @Override public void jobSubmitted(Job job, long now) { log.append("a-sub "); }
            @Override public void jobStarted(Job job, long now, long cores) { log.append("a-start "); }
            @Override public void passFinished(long now, int q) { log.append("a-pass "); }
            @Override public void jobFinished(JobOutcome o) { log.append("a-end "); }
            @Override public void runFinished(long now) { log.append("a-done "); }
        };
        RunObserver b = new RunObserver() {
            @Override public void jobSubmitted(Job job, long now) { log.append("b-sub "); }
            @Override public void jobStarted(Job job, long now, long cores) { log.append("b-start "); }
            @Override public void passFinished(long now, int q) { log.append("b-pass "); }
            @Override public void jobFinished(JobOutcome o) { log.append("b-end "); }
            @Override public void runFinished(long now) { log.append("b-done "); }
        };
        RunObserver both = RunObservers.of(List.of(a, b));
        new ClusterRun(new HomogeneousCluster(1, 1, AllocationUnit.CORE), new FcfsPolicy(),
                new ListJobSource(List.of(job(1, 0, 1, 1, 1))), false, both).run();
        assertEquals("a-sub b-sub a-start b-start a-pass b-pass a-end b-end a-pass b-pass a-done b-done ",
                log.toString());
    }

    @Test
    void shouldCountARequeuedRunInUtilizationButTheJobOnce() {
        // One core. Job 1 runs 0..10, is requeued, then runs 20..50: 40 core-seconds over 50 s.
        MetricsCollector metrics = new MetricsCollector(1);
        Job j = job(1, 0, 1, 30, 60);
        metrics.jobSubmitted(j, 0);
        metrics.passFinished(0, 0);
        metrics.jobRequeued(new JobOutcome(j, 0, SimTime.seconds(10), 1, 1, false, "low", JobEndState.REQUEUED));
        metrics.jobFinished(new JobOutcome(j, SimTime.seconds(20), SimTime.seconds(50), 1, 1, false, "low"));
        RunMetrics m = metrics.metrics();
        assertEquals(1, m.jobs());
        assertEquals(0.8, m.utilization(), EPS);
        assertEquals(20.0, m.meanWait(), EPS, "wait from the submission to the last start");
    }
}
