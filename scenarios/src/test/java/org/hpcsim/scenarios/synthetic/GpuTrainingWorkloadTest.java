package org.hpcsim.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/** The GPU training-job generator: reproducible, well-formed jobs in the configured mix. */
class GpuTrainingWorkloadTest {
    private static final int N = 100_000;

    static List<Job> jobs(GpuTrainingWorkload w) {
        List<Job> jobs = new ArrayList<>();
        for (Job j = w.next(); j != null; j = w.next()) {
            jobs.add(j);
        }
        return jobs;
    }

    static List<Job> philly(int n, double meanGap, long seed) {
        return jobs(new GpuTrainingWorkload(n, meanGap, 6, new RandomStreams(seed)));
    }

    @Test
    void shouldGiveTheSameJobsForTheSameSeed() {
        assertEquals(philly(3000, 300, 42), philly(3000, 300, 42));
    }

    @Test
    void shouldGiveOtherJobsForAnotherSeed() {
        List<Job> a = philly(3000, 300, 42);
        List<Job> b = philly(3000, 300, 43);
        assertNotEquals(a, b);
        int sameRuntime = 0;
        for (int i = 0; i < a.size(); i++) {
            sameRuntime += a.get(i).runTime() == b.get(i).runTime() ? 1 : 0;
        }
        assertTrue(sameRuntime < a.size() / 50, sameRuntime + " of " + a.size() + " runtimes coincide");
    }

    @Test
    void shouldDrawEachAttributeFromItsOwnStream() {
        List<Job> slow = philly(2000, 600, 5);
        List<Job> fast = philly(2000, 60, 5);
        for (int i = 0; i < slow.size(); i++) {
            assertEquals(slow.get(i).gpus(), fast.get(i).gpus(), "job " + (i + 1));
            assertEquals(slow.get(i).runTime(), fast.get(i).runTime(), "job " + (i + 1));
        }
    }

    @Test
    void shouldMakeWellFormedJobs() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Job> jobs = jobs(new GpuTrainingWorkload(5000, 120, 8, 1.5, GpuJobMix.PHILLY,
                    new RandomStreams(seed)));
            assertEquals(5000, jobs.size());
            assertEquals(0, jobs.get(0).submitTime(), "first job at time 0");
            long previous = 0;
            for (int i = 0; i < jobs.size(); i++) {
                Job j = jobs.get(i);
                String job = "seed " + seed + ", job " + j;
                assertEquals(i + 1, j.id(), job);
                assertTrue(j.submitTime() >= previous, job + ": submitted before the job ahead of it");
                previous = j.submitTime();
                assertEquals(0, j.submitTime() % SimTime.SECOND, job + ": submit not whole seconds");
                assertTrue(j.gpus() >= 1 && j.gpus() <= 64 && Integer.bitCount(j.gpus()) == 1,
                        job + ": GPU count not a power of two in 1..64");
                assertEquals(8 * j.gpus(), j.processors(), job);
                assertEquals(0, j.nodes(), job + ": the cluster places it");
                assertTrue(j.runTime() >= SimTime.SECOND, job + ": runs under a second");
                assertEquals(0, j.runTime() % SimTime.SECOND, job + ": runtime not whole seconds");
                assertTrue(j.runTime() <= SimTime.seconds(GpuJobMix.PHILLY.maxRuntimeSeconds()), job);
                long requested = (long) Math.ceil(SimTime.toSeconds(j.runTime()) * 1.5);
                assertEquals(SimTime.seconds(requested), j.requestedTime(), job + ": request is 1.5 x runtime");
                assertEquals(JobLabels.NONE, j.labels(), job);
                assertEquals(JobHistory.UNKNOWN, j.history(), job);
            }
        }
    }

    @Test
    void shouldRequestTheRuntimeByDefaultAndStop() {
        GpuTrainingWorkload w = new GpuTrainingWorkload(50, 60, 4, new RandomStreams(3));
        for (int i = 0; i < 50; i++) {
            Job j = w.next();
            assertEquals(j.runTime(), j.requestedTime());
        }
        assertNull(w.next());
        assertNull(w.next(), "stays exhausted");
    }

    @Test
    void shouldMatchThePhillyMixOn100000Jobs() {
        assertMix(GpuJobMix.PHILLY, philly(N, 60, 2024));
    }

    @Test
    void shouldMatchAnyConfiguredMix() {
        GpuJobMix uniform = new GpuJobMix(List.of(1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0),
                7, 1, 86_400);
        assertMix(uniform, jobs(new GpuTrainingWorkload(N, 60, 1, 1, uniform, new RandomStreams(7))));
        GpuJobMix only8 = new GpuJobMix(List.of(0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0), 7, 1, 86_400);
        assertTrue(jobs(new GpuTrainingWorkload(1000, 60, 1, 1, only8, new RandomStreams(7))).stream()
                .allMatch(j -> j.gpus() == 8));
    }

    /** Each count's share within 5 binomial standard errors (at most 0.006 for 1e5 jobs), and at least 0.001. */
    private static void assertMix(GpuJobMix mix, List<Job> jobs) {
        for (int i = 0; i < GpuJobMix.GPU_COUNTS.size(); i++) {
            int gpus = GpuJobMix.GPU_COUNTS.get(i);
            double p = mix.probabilities().get(i);
            double share = jobs.stream().filter(j -> j.gpus() == gpus).count() / (double) jobs.size();
            double tolerance = Math.max(0.001, 5 * Math.sqrt(p * (1 - p) / jobs.size()));
            assertEquals(p, share, tolerance, gpus + " GPUs");
        }
    }

    @Test
    void shouldDrawTheLogNormalRuntimesOfTheMix() {
        List<Job> jobs = philly(N, 60, 2024);
        double[] logs = jobs.stream().mapToDouble(j -> Math.log(SimTime.toSeconds(j.runTime()))).toArray();
        double mean = Arrays.stream(logs).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(logs).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
        // SE of the mean of ln runtime = 2.2 / sqrt(1e5) = 0.007; of its SD = 2.2 / sqrt(2e5) = 0.005.
        // Rounding to whole seconds (and at least 1) moves both by under 0.01.
        assertEquals(GpuJobMix.PHILLY.logMedianSeconds(), mean, 0.045);
        assertEquals(GpuJobMix.PHILLY.logSigma(), sd, 0.035);
        double[] sorted = jobs.stream().mapToDouble(j -> SimTime.toSeconds(j.runTime())).sorted().toArray();
        // The fit's median, e^6.888 = 980 s (the trace's is 1,144 s); SE of the log median is 0.009.
        assertEquals(980, sorted[N / 2], 0.05 * 980);
    }

    @Test
    void shouldArriveAtTheMeanGap() {
        List<Job> jobs = philly(N, 60, 2024);
        double meanGap = SimTime.toSeconds(jobs.get(N - 1).submitTime()) / (N - 1);
        // Exponential gaps: SE of the mean of 99,999 is 0.3%; 2% is over 6 SE.
        assertEquals(60, meanGap, 0.02 * 60);
    }

    @Test
    void shouldRejectMixesThatAreNotDistributions() {
        assertThrows(IllegalArgumentException.class,
                () -> new GpuJobMix(List.of(0.5, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0), 7, 1, 100));
        assertThrows(IllegalArgumentException.class, () -> new GpuJobMix(List.of(1.0), 7, 1, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new GpuTrainingWorkload(10, 60, 1, 0.5, GpuJobMix.PHILLY, new RandomStreams(1)));
        assertEquals(1.0, GpuJobMix.PHILLY.probabilities().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }
}
