package org.hpcsim.models.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/**
 * Invariants of whole runs on random workloads: up to 200 jobs with tied submit times, sizes up
 * to the whole cluster, zero and non-zero runtimes, on whole-node and per-core clusters.
 */
class SchedulerInvariantProperties {

    /** The policies under test; EASY both with and without its incremental shortcut. */
    enum Policy { FCFS, EASY, EASY_FULL_PASS, CONSERVATIVE }

    /** A cluster and the jobs submitted to it, in arrival order (ids 0, 1, 2... in that order). */
    record Workload(int nodes, int coresPerNode, AllocationUnit unit, List<Job> jobs) {
        HomogeneousCluster cluster() {
            return new HomogeneousCluster(nodes, coresPerNode, unit);
        }

        Workload withJobs(List<Job> other) {
            return new Workload(nodes, coresPerNode, unit, other);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(nodes + " nodes x " + coresPerNode + " cores by " + unit + ":");
            for (Job j : jobs) {
                sb.append(String.format("%n  job(%d, %d, %d, %d, %d)", j.id(), j.submitTime() / SimTime.SECOND,
                        j.processors(), j.runTime() / SimTime.SECOND, j.requestedTime() / SimTime.SECOND));
            }
            return sb.toString();
        }
    }

    /** One job before submit times are accumulated: gap after the previous arrival, all in seconds. */
    private record Draft(long gap, int processors, long run, long requested) {}

    /** Workloads where every job asks for at least its runtime. */
    @Provide
    Arbitrary<Workload> honestWorkloads() {
        return workloads(true);
    }

    /** Workloads where requested times are drawn independently of runtimes (many jobs overrun). */
    @Provide
    Arbitrary<Workload> anyWorkloads() {
        return workloads(false);
    }

    /** Random workloads; with {@code honest} every job asks for at least its runtime. */
    static Arbitrary<Workload> workloads(boolean honest) {
        Arbitrary<Integer> nodes = Arbitraries.integers().between(1, 10);
        Arbitrary<Integer> coresPerNode = Arbitraries.integers().between(1, 4);
        Arbitrary<AllocationUnit> unit = Arbitraries.of(AllocationUnit.class);
        return Combinators.combine(nodes, coresPerNode, unit).flatAs((n, c, u) ->
                drafts(n * c, honest).list().ofMaxSize(200)
                        .withSizeDistribution(RandomDistribution.uniform())
                        .map(ds -> new Workload(n, c, u, toJobs(ds))));
    }

    private static Arbitrary<Draft> drafts(int maxProcessors, boolean honest) {
        // Ties are common: a third of arrivals share the previous instant, and the small ranges
        // make equal end times and ends coinciding with arrivals frequent too.
        Arbitrary<Long> gap = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(2, Arbitraries.longs().between(0, 20)));
        Arbitrary<Integer> processors = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, maxProcessors)),
                Tuple.of(1, Arbitraries.just(maxProcessors)));
        Arbitrary<Long> run = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(6, Arbitraries.longs().between(1, 60)));
        Arbitrary<Long> slack = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(2, Arbitraries.longs().between(0, 60)));
        return Combinators.combine(gap, processors, run, slack).as((g, p, r, s) ->
                new Draft(g, p, r, honest ? r + s : Math.max(0, r + s - 30)));
    }

    private static List<Job> toJobs(List<Draft> drafts) {
        List<Job> jobs = new ArrayList<>(drafts.size());
        long submit = 0;
        for (Draft d : drafts) {
            submit += d.gap();
            jobs.add(ScheduleRuns.job(jobs.size(), submit, d.processors(), d.run(), d.requested()));
        }
        return jobs;
    }

    /** What one run produced. */
    private static final class Result implements RunObserver {
        final HomogeneousCluster cluster;
        final Map<Long, JobOutcome> outcomes = new LinkedHashMap<>();
        final List<Long> startOrder = new ArrayList<>();
        final Map<Long, Long> firstReservation = new HashMap<>();
        final List<String> reservationErrors = new ArrayList<>();
        int liveUnits;
        int peakLiveUnits;

        Result(HomogeneousCluster cluster) {
            this.cluster = cluster;
        }

        @Override
        public void jobStarted(Job job, long now, long cores) {
            startOrder.add(job.id());
            liveUnits += cluster.unitsFor(job);
            peakLiveUnits = Math.max(peakLiveUnits, liveUnits);
        }

        @Override
        public void jobFinished(JobOutcome outcome) {
            liveUnits -= outcome.allocatedUnits();
            JobOutcome previous = outcomes.put(outcome.job().id(), outcome);
            assertEquals(null, previous, "job " + outcome.job().id() + " ended twice");
        }

        void reserved(Job head, long reservedStart, long now) {
            if (reservedStart < now) {
                reservationErrors.add("job " + head.id() + " reserved at " + reservedStart + " before now " + now);
            }
            firstReservation.putIfAbsent(head.id(), reservedStart);
        }
    }

    private static Result simulate(Workload w, Policy policy, boolean killAtLimit) {
        HomogeneousCluster cluster = w.cluster();
        Result result = new Result(w.cluster());
        SchedulingPolicy p = switch (policy) {
            case FCFS -> new FcfsPolicy();
            case EASY -> new EasyBackfillPolicy(result::reserved, true);
            case EASY_FULL_PASS -> new EasyBackfillPolicy(result::reserved, false);
            case CONSERVATIVE -> new ConservativeBackfillPolicy(result::reserved);
        };
        new ClusterRun(cluster, p, new ListJobSource(w.jobs()), killAtLimit, result).run();
        return result;
    }

    // ---- Properties ----

    @Property(tries = 300)
    void shouldNeverHoldMoreUnitsThanTheClusterHasAtAnyInstant(
            @ForAll("anyWorkloads") Workload w, @ForAll Policy policy, @ForAll boolean killAtLimit) {
        Result r = simulate(w, policy, killAtLimit);
        int total = r.cluster.totalUnits();
        // Sweep the outcomes' intervals: at equal times ends come before starts.
        List<long[]> events = new ArrayList<>(); // {time, delta}
        for (JobOutcome o : r.outcomes.values()) {
            assertEquals(r.cluster.unitsFor(o.job()), o.allocatedUnits(), "units of job " + o.job().id());
            assertEquals(r.cluster.coresOf(o.allocatedUnits()), o.allocatedCores(), "cores of job " + o.job().id());
            events.add(new long[] {o.startTime(), o.allocatedUnits()});
            events.add(new long[] {o.endTime(), -o.allocatedUnits()});
        }
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long inUse = 0;
        for (long[] e : events) {
            inUse += e[1];
            // (Mid-instant the count may dip below zero: a zero-length job's end sorts before its start.)
            assertTrue(inUse <= total, "units in use " + inUse + " > " + total + " at " + e[0]);
        }
        assertEquals(0, inUse);
        // The stricter check in event order, where even zero-length jobs hold their units briefly.
        assertTrue(r.peakLiveUnits <= total, "peak " + r.peakLiveUnits + " > " + total);
        Statistics.label("peak use").collect(r.peakLiveUnits == total ? "full" : "not full");
        int n = w.jobs().size();
        Statistics.label("jobs").collect(n == 0 ? "0" : n <= 10 ? "1..10" : n <= 100 ? "11..100" : "101..200");
        Statistics.label("jobs").coverage(c -> c.check("101..200").percentage(p -> p > 10));
    }

    @Property(tries = 300)
    void shouldEndEveryJobOnceAndNeverStartOneBeforeItsSubmission(
            @ForAll("anyWorkloads") Workload w, @ForAll Policy policy, @ForAll boolean killAtLimit) {
        Result r = simulate(w, policy, killAtLimit);
        assertEquals(w.jobs().size(), r.outcomes.size(), "outcomes");
        assertEquals(w.jobs().size(), r.startOrder.size(), "starts");
        for (Job j : w.jobs()) {
            JobOutcome o = r.outcomes.get(j.id());
            assertTrue(o.startTime() >= j.submitTime(), "job " + j.id() + " started before it was submitted");
            assertTrue(o.waitTime() >= 0);
        }
    }

    @Property(tries = 300)
    void shouldEndEachJobAfterItsRuntimeOrAtItsLimitWhenKilled(
            @ForAll("anyWorkloads") Workload w, @ForAll Policy policy, @ForAll boolean killAtLimit) {
        Result r = simulate(w, policy, killAtLimit);
        int kills = 0;
        for (Job j : w.jobs()) {
            JobOutcome o = r.outcomes.get(j.id());
            boolean killed = killAtLimit && j.runTime() > j.requestedTime();
            assertEquals(killed, o.killedAtLimit(), "killed flag of job " + j.id());
            assertEquals(o.startTime() + (killed ? j.requestedTime() : j.runTime()), o.endTime(),
                    "end of job " + j.id());
            kills += killed ? 1 : 0;
        }
        Statistics.label("kills").collect(kills > 0 ? "some" : "none");
    }

    @Property(tries = 300)
    void shouldStartJobsInSubmissionOrderUnderFcfs(@ForAll("anyWorkloads") Workload w, @ForAll boolean killAtLimit) {
        Result r = simulate(w, Policy.FCFS, killAtLimit);
        List<Long> arrivalOrder = w.jobs().stream().map(Job::id).toList();
        assertEquals(arrivalOrder, r.startOrder, "start order");
        long previous = Long.MIN_VALUE;
        for (Job j : w.jobs()) {
            long start = r.outcomes.get(j.id()).startTime();
            assertTrue(start >= previous, "job " + j.id() + " started before a job submitted ahead of it");
            previous = start;
        }
    }

    @Property(tries = 300)
    void shouldNeverStartTheHeadJobLaterThanItsFirstReservation(
            @ForAll("honestWorkloads") Workload w, @ForAll boolean incremental, @ForAll boolean killAtLimit) {
        assertReservationsKept(w, incremental, killAtLimit);
    }

    @Property(tries = 300)
    void shouldKeepReservationsWhenOverrunningJobsAreKilledAtTheirLimit(
            @ForAll("anyWorkloads") Workload w, @ForAll boolean incremental) {
        // Killing makes every job end by its requested time, which is all EASY's guarantee needs.
        assertReservationsKept(w, incremental, true);
    }

    private static void assertReservationsKept(Workload w, boolean incremental, boolean killAtLimit) {
        Result r = simulate(w, incremental ? Policy.EASY : Policy.EASY_FULL_PASS, killAtLimit);
        assertTrue(r.reservationErrors.isEmpty(), r.reservationErrors::toString);
        int early = 0;
        for (Map.Entry<Long, Long> e : r.firstReservation.entrySet()) {
            long start = r.outcomes.get(e.getKey()).startTime();
            assertTrue(start <= e.getValue(), "job " + e.getKey() + " started at " + start
                    + " after its first reservation " + e.getValue());
            early += start < e.getValue() ? 1 : 0;
        }
        boolean backfilled = !r.startOrder.equals(w.jobs().stream().map(Job::id).toList());
        Statistics.label("backfilled").collect(backfilled);
        Statistics.label("head started early").collect(early > 0);
        Statistics.label("backfilled").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 500)
    void shouldGiveTheSameScheduleWithAndWithoutTheIncrementalShortcut(
            @ForAll("anyWorkloads") Workload w, @ForAll boolean killAtLimit) {
        Result incremental = simulate(w, Policy.EASY, killAtLimit);
        Result full = simulate(w, Policy.EASY_FULL_PASS, killAtLimit);
        int overruns = 0;
        for (Job j : w.jobs()) {
            JobOutcome a = incremental.outcomes.get(j.id());
            JobOutcome b = full.outcomes.get(j.id());
            assertEquals(b.startTime(), a.startTime(), "start of job " + j.id());
            assertEquals(b.endTime(), a.endTime(), "end of job " + j.id());
            overruns += !killAtLimit && j.runTime() > j.requestedTime() ? 1 : 0;
        }
        assertEquals(full.startOrder, incremental.startOrder, "start order");
        // A job first becomes the head in a full pass either way, so its first reservation matches.
        assertEquals(full.firstReservation, incremental.firstReservation, "first reservations");
        Statistics.label("jobs overrunning their reservation").collect(overruns > 0);
        Statistics.label("jobs overrunning their reservation").coverage(c -> c.check(true).percentage(p -> p > 10));
    }
}
