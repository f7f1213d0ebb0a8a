package org.hpcsim.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.swf.SwfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic generator: reproducible, well-formed jobs, paced to the offered load asked for. */
class PoissonWorkloadTest {
    private static final HomogeneousCluster BIG = new HomogeneousCluster(64, 16, AllocationUnit.NODE);

    static List<Job> jobs(PoissonSpec spec, HomogeneousCluster cluster, long seed) {
        PoissonWorkload w = new PoissonWorkload(spec, cluster, new RandomStreams(seed));
        List<Job> jobs = new ArrayList<>();
        for (Job j = w.next(); j != null; j = w.next()) {
            jobs.add(j);
        }
        return jobs;
    }

    /** Allocated core-seconds submitted per second over the span of submits, over the cluster's cores. */
    static double realisedLoad(List<Job> jobs, HomogeneousCluster cluster) {
        double work = 0;
        for (Job j : jobs) {
            work += (double) cluster.coresOf(cluster.unitsFor(j)) * j.runTime();
        }
        long span = jobs.get(jobs.size() - 1).submitTime() - jobs.get(0).submitTime();
        return work / (cluster.totalCores() * (double) span);
    }

    @Test
    void shouldGiveTheSameJobsForTheSameSeed() {
        PoissonSpec spec = PoissonSpec.defaults(2000, 0.85);
        assertEquals(jobs(spec, BIG, 42), jobs(spec, BIG, 42));
    }

    @Test
    void shouldGiveOtherJobsForAnotherSeed() {
        PoissonSpec spec = PoissonSpec.defaults(2000, 0.85);
        List<Job> a = jobs(spec, BIG, 42);
        List<Job> b = jobs(spec, BIG, 43);
        assertNotEquals(a, b);
        // Not just one draw: most jobs differ in size or runtime.
        int same = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).runTime() == b.get(i).runTime() && a.get(i).processors() == b.get(i).processors()) {
                same++;
            }
        }
        assertTrue(same < a.size() / 4, same + " of " + a.size() + " jobs have the same shape");
    }

    @Test
    void shouldProduceExactlyTheJobCountNumberedFromOneAndThenNull() {
        PoissonWorkload w = new PoissonWorkload(PoissonSpec.defaults(25, 0.5), BIG, new RandomStreams(1));
        for (int i = 1; i <= 25; i++) {
            Job j = w.next();
            assertEquals(i, j.id());
            assertEquals(org.hpcsim.models.workload.JobLabels.NONE, j.labels());
            assertEquals(0, j.submitTime() % org.hpcsim.core.SimTime.SECOND, "submit on whole seconds");
        }
        assertNull(w.next());
        assertNull(w.next(), "stays exhausted");
    }

    @Test
    void shouldStartTheFirstJobAtTimeZero() {
        assertEquals(0, jobs(PoissonSpec.defaults(3, 0.5), BIG, 9).get(0).submitTime());
    }

    @Test
    void shouldMeetTheOfferedLoadWithinTenPercentOnEachSeed() {
        // 20,000 jobs of log-normal runtimes (sigma 1.5) leave a few percent of sampling noise
        // in the realised load of one seed; each of these seeds lands within 10% of the target.
        for (double target : new double[] {0.5, 0.85}) {
            for (long seed = 1; seed <= 5; seed++) {
                double load = realisedLoad(jobs(PoissonSpec.defaults(20_000, target), BIG, seed), BIG);
                assertEquals(target, load, 0.10 * target, "seed " + seed + ", target " + target);
            }
        }
    }

    @Test
    void shouldMeetTheOfferedLoadWithinFourPercentOverManySeeds() {
        double target = 0.85;
        double work = 0;
        double capacity = 0;
        for (long seed = 1; seed <= 8; seed++) {
            List<Job> jobs = jobs(PoissonSpec.defaults(20_000, target), BIG, seed);
            double load = realisedLoad(jobs, BIG);
            double span = jobs.get(jobs.size() - 1).submitTime() - jobs.get(0).submitTime();
            work += load * span;
            capacity += span;
        }
        assertEquals(target, work / capacity, 0.04 * target);
    }

    @Test
    void shouldPaceWithTheMeanInterarrivalItReports() {
        PoissonWorkload w = new PoissonWorkload(PoissonSpec.defaults(20_000, 0.85), BIG, new RandomStreams(3));
        List<Job> jobs = jobs(PoissonSpec.defaults(20_000, 0.85), BIG, 3);
        double meanGap = SimTime.toSeconds(jobs.get(jobs.size() - 1).submitTime()) / (jobs.size() - 1);
        // Exponential gaps: the mean of 19,999 of them is within 3% (4 standard errors).
        assertEquals(w.meanInterarrivalSeconds(), meanGap, 0.03 * meanGap);
    }

    @Test
    void shouldMeetTheLoadOfPerCoreAllocationToo() {
        HomogeneousCluster cores = new HomogeneousCluster(64, 16, AllocationUnit.CORE);
        double load = realisedLoad(jobs(PoissonSpec.defaults(20_000, 0.85), cores, 2), cores);
        assertEquals(0.85, load, 0.085);
    }

    @Test
    void shouldPaceWholeNodeAllocationsFasterThanTheProcessorsAlone() {
        // Whole-node allocation rounds jobs up to nodes, so the same load needs fewer jobs per
        // second. The pilot draws the same shapes for both, and each holds at least as many cores
        // per node as per core, more for every job that is not a multiple of 16.
        HomogeneousCluster cores = new HomogeneousCluster(64, 16, AllocationUnit.CORE);
        PoissonSpec spec = PoissonSpec.defaults(10, 0.85);
        double nodeGap = new PoissonWorkload(spec, BIG, new RandomStreams(1)).meanInterarrivalSeconds();
        double coreGap = new PoissonWorkload(spec, cores, new RandomStreams(1)).meanInterarrivalSeconds();
        assertTrue(nodeGap > 1.2 * coreGap, nodeGap + " vs " + coreGap);
    }

    @Test
    void shouldMakeTheSerialFractionOfJobsOneProcessor() {
        for (double fraction : new double[] {0.0, 0.24, 0.6, 1.0}) {
            PoissonSpec spec = new PoissonSpec(20_000, 0.8, fraction, 0.75, 0, 900, 1.5, 86_400, 3);
            List<Job> jobs = jobs(spec, BIG, 5);
            double serial = jobs.stream().filter(j -> j.processors() == 1).count() / (double) jobs.size();
            assertEquals(fraction, serial, 0.015, "serial fraction " + fraction);
        }
    }

    @Test
    void shouldRoundPowerOfTwoFractionOfParallelSizes() {
        PoissonSpec all = new PoissonSpec(5000, 0.8, 0, 1.0, 0, 900, 1.5, 86_400, 3);
        assertTrue(jobs(all, BIG, 5).stream().allMatch(j -> Integer.bitCount(j.processors()) == 1));
        PoissonSpec none = new PoissonSpec(5000, 0.8, 0, 0.0, 0, 900, 1.5, 86_400, 3);
        long powers = jobs(none, BIG, 5).stream().filter(j -> Integer.bitCount(j.processors()) == 1).count();
        assertTrue(powers < 5000 / 4, powers + " powers of two");
    }

    @Test
    void shouldUseAnEighthOfTheClusterAsLargestJobByDefault() {
        List<Job> jobs = jobs(new PoissonSpec(20_000, 0.8, 0, 1.0, 0, 900, 1.5, 86_400, 3), BIG, 11);
        assertEquals(BIG.totalCores() / 8, jobs.stream().mapToInt(Job::processors).max().orElseThrow());
    }

    @Test
    void shouldCapTheLargestJobAtTheCluster() {
        HomogeneousCluster small = new HomogeneousCluster(2, 2, AllocationUnit.CORE);
        List<Job> jobs = jobs(new PoissonSpec(2000, 0.8, 0, 1.0, 1000, 900, 1.5, 86_400, 3), small, 11);
        assertEquals(4, jobs.stream().mapToInt(Job::processors).max().orElseThrow());
    }

    @Test
    void shouldGiveOnlySerialJobsOnAOneCoreCluster() {
        HomogeneousCluster one = new HomogeneousCluster(1, 1, AllocationUnit.NODE);
        assertTrue(jobs(PoissonSpec.defaults(500, 0.8), one, 1).stream().allMatch(j -> j.processors() == 1));
    }

    @Test
    void shouldCutRuntimesAtMaxRuntime() {
        PoissonSpec spec = new PoissonSpec(5000, 0.8, 0.24, 0.75, 0, 900, 3.0, 1000, 3);
        List<Job> jobs = jobs(spec, BIG, 1);
        long cut = jobs.stream().filter(j -> j.runTime() == SimTime.seconds(1000)).count();
        assertTrue(cut > 1000, cut + " jobs at the cut");
        assertTrue(jobs.stream().allMatch(j -> j.runTime() <= SimTime.seconds(1000)));
    }

    @Test
    void shouldRequestExactlyTheRuntimeRoundedUpToMinutesWithoutOverestimate() {
        PoissonSpec spec = new PoissonSpec(2000, 0.8, 0.24, 0.75, 0, 900, 1.5, 86_400, 1);
        for (Job j : jobs(spec, BIG, 4)) {
            long minutes = (j.runTime() + SimTime.MINUTE - 1) / SimTime.MINUTE;
            assertEquals(minutes * SimTime.MINUTE, j.requestedTime(), "job " + j.id());
        }
    }

    @Test
    void shouldWriteATraceTheSwfReaderReadsBack(@TempDir Path dir) throws IOException {
        PoissonSpec spec = PoissonSpec.defaults(300, 0.7);
        Path file = dir.resolve("synthetic.swf");
        assertEquals(300, SyntheticTrace.write(spec, BIG, 8, file));
        List<Job> expected = jobs(spec, BIG, 8);
        try (SwfReader reader = SwfReader.open(file)) {
            assertEquals(64, reader.header().maxNodes());
            assertEquals(1024, reader.header().maxProcs());
            for (Job j : expected) {
                assertTrue(reader.next());
                assertEquals(j.id(), reader.jobNumber());
                assertEquals(j.processors(), reader.allocatedProcessors());
                assertEquals(Math.round(SimTime.toSeconds(j.submitTime())), reader.submitTime(), 0.0);
                assertEquals(SimTime.toSeconds(j.runTime()), reader.runTime(), 0.0);
                assertEquals(SimTime.toSeconds(j.requestedTime()), reader.requestedTime(), 0.0);
            }
            assertTrue(!reader.next());
        }
    }
}
