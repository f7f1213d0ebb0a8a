package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.BootDistribution;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.random.StreamRandomGenerator;
import org.hpcsim.models.run.RunObservers;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/**
 * Slurm power saving with a ResumeRate (power_save.c's token bucket) and with boot times drawn
 * per node; the timelines are worked by hand (boot 300 s, power_save_interval 10 s).
 */
class SlurmResumeRateTest {
    private static final long BOOT = 300;

    private static PowerSaving power(int staticNodes, int cloudNodes, LaunchModel launch, ResumeRate rate) {
        BitSet cloud = new BitSet();
        cloud.set(staticNodes, staticNodes + cloudNodes);
        return new PowerSaving(cloud, SimTime.seconds(600), SimTime.seconds(120), SimTime.seconds(BOOT), launch, rate);
    }

    private static SlurmReplay.Result run(int cloudNodes, List<Job> jobs, LaunchModel launch, ResumeRate rate,
                                          SlurmPowerSavingTest.UpLog log, long seed) {
        SlurmReplay.Result r = new SlurmReplay.Result();
        r.stats = new SlurmController(SlurmPowerSavingTest.config(0, cloudNodes), new ListJobSource(jobs), true,
                RunObservers.of(List.of(r, log)), new SlurmRunOptions(List.of(), false, null, new RandomStreams(seed),
                        null, power(0, cloudNodes, launch, rate))).run();
        return r;
    }

    private static ResumeRate perMinute(int n) {
        return new ResumeRate(n, SimTime.seconds(10), 0);
    }

    /** The instants (s) the number of nodes up rose, in order. */
    private static List<Long> rises(SlurmPowerSavingTest.UpLog log) {
        List<Long> t = new ArrayList<>();
        long up = 0;
        for (long[] c : log.changes) {
            if (c[1] > up && (t.isEmpty() || t.get(t.size() - 1) != c[0])) {
                t.add(c[0]);
            }
            up = c[1];
        }
        return t;
    }

    /** Nodes up once everything at {@code t} s has happened. */
    private static long upAt(SlurmPowerSavingTest.UpLog log, long t) {
        long up = 0;
        for (long[] c : log.changes) {
            if (c[0] <= t) {
                up = c[1];
            }
        }
        return up;
    }

    @Test
    void aSixNodeJobBootsInWavesOfOneTokenEveryThirtySecondsAtResumeRateTwo() {
        // ResumeRate=2: one token every 60000 / 2 ms = 30 s, a bucket of max(1, 2 x 10 / 60) = 1,
        // full at the start. Job 1 (6 nodes) is given them at 5: the token resumes node 1 then.
        // Scans every 10 s (15, 25, 35, ...) find a new token once a 30 s period of the clock has
        // passed: at 35, 65, 95, 125 and 155. The job starts when the last is up, 155 + 300.
        // Job 2 (1 node, given it at 40) queues behind: 165 and 175 find no token, 185 does.
        SlurmPowerSavingTest.UpLog log = new SlurmPowerSavingTest.UpLog();
        SlurmReplay.Result r = run(7, List.of(job(1, 5, 100, 1000, 6), job(2, 40, 100, 1000, 1)),
                LaunchModel.UNLIMITED, perMinute(2), log, 1);
        assertEquals(List.of(5L, 35L, 65L, 95L, 125L, 155L, 185L), rises(log));
        assertEquals(155 + BOOT, r.start(1), "CONFIGURING until its last node is up");
        assertEquals(185 + BOOT, r.start(2));
        assertEquals(6, r.stats.launches().delayedBoots());
        assertEquals(30 + 60 + 90 + 120 + 150 + 145, r.stats.launches().bootWaitSeconds(), 1e-9);
    }

    @Test
    void aBucketOfTwoResumesTwoNodesAScan() {
        // ResumeRate=12: a token every 5 s, a bucket of 12 x 10 / 60 = 2. Given 6 nodes at 3:
        // two at 3, two at 13 (periods 0 -> 2), two at 23 (2 -> 4).
        SlurmPowerSavingTest.UpLog log = new SlurmPowerSavingTest.UpLog();
        SlurmReplay.Result r = run(6, List.of(job(1, 3, 100, 1000, 6)), LaunchModel.UNLIMITED, perMinute(12), log, 1);
        assertEquals(List.of(3L, 13L, 23L), rises(log));
        assertEquals(List.of(2L, 4L, 6L), List.of(upAt(log, 3), upAt(log, 13), upAt(log, 23)), "nodes paid after each scan");
        assertEquals(23 + BOOT, r.start(1));
    }

    @Test
    void withoutARateEveryNodeResumesAtOnce() {
        SlurmPowerSavingTest.UpLog log = new SlurmPowerSavingTest.UpLog();
        SlurmReplay.Result r = run(6, List.of(job(1, 3, 100, 1000, 6)), LaunchModel.UNLIMITED, ResumeRate.NONE, log, 1);
        assertEquals(List.of(3L), rises(log));
        assertEquals(3 + BOOT, r.start(1));
    }

    @Test
    void aJobOnFourCloudNodesStartsWhenTheSlowestOfItsDrawsIsUp() {
        BootDistribution uniform = new BootDistribution("uniform", rng -> new UniformRealDistribution(rng, 240, 600));
        SlurmReplay.Result r = run(4, List.of(job(1, 10, 100, 1000, 4)), LaunchModel.UNLIMITED.withBootTimes(uniform),
                ResumeRate.NONE, new SlurmPowerSavingTest.UpLog(), 9);
        UniformRealDistribution d = new UniformRealDistribution(
                new StreamRandomGenerator(new RandomStreams(9).stream(BootDistribution.STREAM)), 240, 600);
        long slowest = 0;
        for (int i = 0; i < 4; i++) {
            slowest = Math.max(slowest, SimTime.ofSeconds(d.sample()));
        }
        assertEquals(SimTime.seconds(10) + slowest, r.outcomes.get(1L).startTime());
        assertEquals(4, r.stats.launches().boots().count());
    }

    @Test
    void insufficientCapacityIsRefusedWithAResumeRate() {
        assertThrows(IllegalArgumentException.class,
                () -> power(0, 2, new LaunchModel(0.1, SimTime.seconds(600), 0), perMinute(2)));
    }
}
