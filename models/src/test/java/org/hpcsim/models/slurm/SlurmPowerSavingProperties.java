package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.run.NodeFailures;
import org.hpcsim.models.run.RunObservers;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/** Invariants of Slurm power saving on random workloads over 2 static and 6 cloud one-CPU nodes. */
class SlurmPowerSavingProperties {
    private static final int STATIC = 2;
    private static final int CLOUD = 6;

    @Provide
    Arbitrary<List<Job>> workloads() {
        return SlurmReplay.workloads(3000, 400, 3, 5, 1, 40);
    }

    private static SlurmReplay.Result run(List<Job> jobs, long boot, long suspend, double ice,
                                          SlurmPowerSavingTest.UpLog log) {
        return run(jobs, boot, suspend, ice, log, SchedulerType.BACKFILL);
    }

    private static SlurmReplay.Result run(List<Job> jobs, long boot, long suspend, double ice,
                                          SlurmPowerSavingTest.UpLog log, SchedulerType type) {
        return run(jobs, boot, suspend, ice, log, type, null);
    }

    /** Spot interruptions of every node at {@code perNodeSecond}, jobs requeued, no checkpoints. */
    private static NodeFailures spot(double perNodeSecond) {
        return new NodeFailures(List.of(new FailureProcess(FailureProcess.SPOT, 0, STATIC + CLOUD, perNodeSecond,
                SimTime.seconds(270), false, true, "spot.interruptions")), Checkpointing.NONE);
    }

    private static SlurmReplay.Result run(List<Job> jobs, long boot, long suspend, double ice,
                                          SlurmPowerSavingTest.UpLog log, SchedulerType type, NodeFailures spot) {
        BitSet cloud = new BitSet();
        cloud.set(STATIC, STATIC + CLOUD);
        PowerSaving power = new PowerSaving(cloud, SimTime.seconds(suspend), SimTime.seconds(120),
                SimTime.seconds(boot), new LaunchModel(ice, SimTime.seconds(600), 0));
        SlurmReplay.Result r = new SlurmReplay.Result();
        r.stats = new SlurmController(SlurmPowerSavingTest.config(STATIC, CLOUD, type), new ListJobSource(jobs), true,
                RunObservers.of(List.of(r, log)),
                new SlurmRunOptions(List.of(), false, spot, new RandomStreams(3), null, power)).run();
        return r;
    }

    /**
     * Under sched/builtin on identical nodes which nodes a job gets changes no start time, so
     * instant boots and no suspend must replay exactly as static nodes. (Under backfill the node
     * choice, up nodes before powered-down ones, may legitimately let a different job backfill.)
     */
    @Property(tries = 120)
    void bootingInstantlyAndNeverSuspendingSchedulesAsStaticNodesDo(@ForAll("workloads") List<Job> jobs) {
        SlurmReplay.Result plain = SlurmReplay.run(SlurmPowerSavingTest.config(STATIC, CLOUD, SchedulerType.BUILTIN),
                jobs);
        SlurmReplay.Result powered = run(jobs, 0, 1_000_000_000L, 0, new SlurmPowerSavingTest.UpLog(),
                SchedulerType.BUILTIN);
        for (Job j : jobs) {
            assertEquals(plain.start(j.id()), powered.start(j.id()), "job " + j.id());
            assertEquals(plain.end(j.id()), powered.end(j.id()), "job " + j.id());
        }
    }

    @Property(tries = 120)
    void everyJobRunsOnceAndTheNodesPaidStayInBounds(@ForAll("workloads") List<Job> jobs,
            @ForAll @IntRange(min = 1, max = 600) int boot, @ForAll @IntRange(min = 0, max = 1200) int suspend,
            @ForAll boolean ice) {
        SlurmPowerSavingTest.UpLog log = new SlurmPowerSavingTest.UpLog();
        SlurmReplay.Result r = run(jobs, boot, suspend, ice ? 0.3 : 0, log);
        assertEquals(jobs.size(), r.outcomes.size());
        assertTrue(r.endedTwice.isEmpty());
        for (Job j : jobs) {
            assertTrue(r.start(j.id()) >= j.submitTime() / SimTime.SECOND);
        }
        for (long[] c : log.changes) {
            assertTrue(c[1] >= STATIC && c[1] <= STATIC + CLOUD, "nodes up " + c[1] + " at " + c[0] + " s");
        }
    }

    @Property(tries = 100)
    void spotOnCloudNodesRequeuesEveryHitJobAndNeverPaysForAPoweredDownNode(@ForAll("workloads") List<Job> jobs,
            @ForAll @IntRange(min = 1, max = 600) int boot, @ForAll @IntRange(min = 0, max = 1200) int suspend) {
        SlurmPowerSavingTest.UpLog log = new SlurmPowerSavingTest.UpLog();
        SlurmReplay.Result r = run(jobs, boot, suspend, 0, log, SchedulerType.BACKFILL, spot(1.0 / 1500));
        assertEquals(jobs.size(), r.outcomes.size(), "every job completes once, requeued as often as it is hit");
        assertTrue(r.endedTwice.isEmpty());
        for (long[] c : log.changes) {
            assertTrue(c[1] >= 0 && c[1] <= STATIC + CLOUD, "nodes up " + c[1] + " at " + c[0] + " s");
        }
        long hitRuns = r.requeued.size();
        assertEquals(r.stats.interruptions().requeued(), hitRuns);
        for (var run : r.requeued) {
            assertTrue(run.startTime() <= run.endTime(), "a run cut during its boot is empty, never negative");
        }
    }

    @Property(tries = 60)
    void aZeroSpotRateChangesNothing(@ForAll("workloads") List<Job> jobs,
            @ForAll @IntRange(min = 1, max = 600) int boot) {
        SlurmReplay.Result plain = run(jobs, boot, 600, 0, new SlurmPowerSavingTest.UpLog());
        SlurmReplay.Result spotted = run(jobs, boot, 600, 0, new SlurmPowerSavingTest.UpLog(), SchedulerType.BACKFILL,
                spot(0));
        for (Job j : jobs) {
            assertEquals(plain.start(j.id()), spotted.start(j.id()), "job " + j.id());
        }
    }
}
