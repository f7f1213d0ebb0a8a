package org.hpcsim.models.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.scheduling.SchedulerInvariantProperties.Workload;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/**
 * What conservative backfilling promises, on random workloads (see
 * {@link SchedulerInvariantProperties} for the invariants every policy keeps).
 */
class ConservativeBackfillProperties {

    @Provide
    Arbitrary<Workload> honestWorkloads() {
        return SchedulerInvariantProperties.workloads(true);
    }

    @Provide
    Arbitrary<Workload> anyWorkloads() {
        return SchedulerInvariantProperties.workloads(false);
    }

    /**
     * Workloads where every job runs exactly its requested time, of at least a second: a
     * zero-length job is planned as one nanosecond long (to hold its units at its instant), so
     * it always ends a little early.
     */
    @Provide
    Arbitrary<Workload> exactWorkloads() {
        return honestWorkloads().map(w -> w.withJobs(w.jobs().stream()
                .map(j -> {
                    long run = Math.max(j.runTime(), SimTime.SECOND);
                    return j.withTimes(j.submitTime(), run, run);
                }).toList()));
    }

    /** Workloads where every job needs the whole machine. */
    @Provide
    Arbitrary<Workload> wholeMachineWorkloads() {
        return anyWorkloads().map(w -> w.withJobs(w.jobs().stream()
                .map(j -> ScheduleRuns.job(j.id(), j.submitTime() / SimTime.SECOND, w.nodes() * w.coresPerNode(),
                        j.runTime() / SimTime.SECOND, j.requestedTime() / SimTime.SECOND)).toList()));
    }

    private record Run(Map<Long, JobOutcome> outcomes, List<Long> startOrder, ScheduleRuns.Reservations reservations) {}

    private static Run simulate(Workload w, SchedulingPolicy policy, ScheduleRuns.Reservations reservations,
                                boolean killAtLimit) {
        ScheduleRuns.Recorder recorder = new ScheduleRuns.Recorder();
        new ClusterRun(w.cluster(), policy, new ListJobSource(w.jobs()), killAtLimit, recorder).run();
        return new Run(recorder.outcomes, recorder.startOrder, reservations);
    }

    private static Run conservative(Workload w, boolean killAtLimit) {
        ScheduleRuns.Reservations reservations = new ScheduleRuns.Reservations();
        return simulate(w, new ConservativeBackfillPolicy(reservations), reservations, killAtLimit);
    }

    @Property(tries = 300)
    void shouldStartEveryJobAtTheOneReservationItGotOnArrivalWhenEstimatesAreExact(
            @ForAll("exactWorkloads") Workload w, @ForAll boolean killAtLimit) {
        Run r = conservative(w, killAtLimit);
        for (Job j : w.jobs()) {
            List<Long> made = r.reservations().nanos(j.id());
            assertEquals(1, made.size(), "reservations of job " + j.id() + ": " + made);
            assertEquals(made.get(0), r.outcomes().get(j.id()).startTime(), "start of job " + j.id());
        }
    }

    @Property(tries = 300)
    void shouldNeverMoveAReservationLaterWhenJobsEndByTheirRequestedTime(
            @ForAll("anyWorkloads") Workload w) {
        // Killing at the limit makes every job end by its requested time, as honest estimates do.
        assertNoReservationMovesLater(w, true);
    }

    @Property(tries = 300)
    void shouldNeverMoveAReservationLaterWithHonestEstimates(
            @ForAll("honestWorkloads") Workload w, @ForAll boolean killAtLimit) {
        assertNoReservationMovesLater(w, killAtLimit);
    }

    private static void assertNoReservationMovesLater(Workload w, boolean killAtLimit) {
        Run r = conservative(w, killAtLimit);
        int moved = 0;
        for (Job j : w.jobs()) {
            List<Long> made = r.reservations().nanos(j.id());
            for (int i = 1; i < made.size(); i++) {
                assertTrue(made.get(i) <= made.get(i - 1), "job " + j.id() + " moved later: " + made);
            }
            long start = r.outcomes().get(j.id()).startTime();
            assertEquals(made.get(made.size() - 1), start, "job " + j.id() + " at its last reservation");
            assertTrue(start <= made.get(0), "job " + j.id() + " started after its first reservation");
            moved += made.size() > 1 ? 1 : 0;
        }
        Statistics.label("compressed").collect(moved > 0);
        Statistics.label("compressed").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 300)
    void shouldScheduleExactlyAsFcfsWhenEveryJobNeedsTheWholeMachine(
            @ForAll("wholeMachineWorkloads") Workload w, @ForAll boolean killAtLimit) {
        Run fcfs = simulate(w, new FcfsPolicy(), null, killAtLimit);
        Run cons = conservative(w, killAtLimit);
        for (Job j : w.jobs()) {
            assertEquals(fcfs.outcomes().get(j.id()).startTime(), cons.outcomes().get(j.id()).startTime(),
                    "start of job " + j.id());
        }
        assertEquals(fcfs.startOrder(), cons.startOrder());
    }
}
