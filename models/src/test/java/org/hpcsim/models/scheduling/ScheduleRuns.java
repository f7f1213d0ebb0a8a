package org.hpcsim.models.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/** Test helpers: build jobs in whole seconds and replay them through a {@link ClusterRun}. */
final class ScheduleRuns {
    private ScheduleRuns() {}

    /** A job with times in whole seconds; user, group and partition unknown. */
    static Job job(long id, long submitS, int processors, long runS, long requestedS) {
        return Job.rigid(id, SimTime.seconds(submitS), SimTime.seconds(runS), SimTime.seconds(requestedS),
                processors);
    }

    /** A cluster of {@code units} single-core nodes allocated by core. */
    static HomogeneousCluster cores(int units) {
        return new HomogeneousCluster(units, 1, AllocationUnit.CORE);
    }

    /** Runs the jobs and returns each job's outcome by id, in the order the jobs ended. */
    static Map<Long, JobOutcome> run(HomogeneousCluster cluster, SchedulingPolicy policy, boolean killAtLimit,
                                     List<Job> jobs) {
        Recorder recorder = new Recorder();
        new ClusterRun(cluster, policy, new ListJobSource(jobs), killAtLimit, recorder).run();
        assertEquals(jobs.size(), recorder.outcomes.size(), "every job ends exactly once");
        return recorder.outcomes;
    }

    /** An EASY policy that records the reservations it reports, all of them in order. */
    static final class RecordingEasy {
        final List<long[]> reservations = new ArrayList<>(); // {job id, reserved start, now}
        final EasyBackfillPolicy policy;

        RecordingEasy(boolean incremental) {
            policy = new EasyBackfillPolicy((head, start, now) -> reservations.add(new long[] {head.id(), start, now}),
                    incremental);
        }

        /** The first reservation reported for job {@code id}, in seconds, or null if it never got one. */
        Long firstReservationSeconds(long id) {
            for (long[] r : reservations) {
                if (r[0] == id) {
                    return r[1] / SimTime.SECOND;
                }
            }
            return null;
        }
    }

    /** Every reservation a policy reports, per job in the order made. */
    static final class Reservations implements ReservationListener {
        final Map<Long, List<Long>> byJob = new LinkedHashMap<>(); // simulation time

        @Override
        public void reserved(Job job, long reservedStart, long now) {
            byJob.computeIfAbsent(job.id(), id -> new ArrayList<>()).add(reservedStart);
        }

        /** The reservations made for job {@code id}, first to last, in simulation time. */
        List<Long> nanos(long id) {
            return byJob.getOrDefault(id, List.of());
        }

        /** The reservations made for job {@code id}, first to last, in whole seconds. */
        List<Long> of(long id) {
            return nanos(id).stream().map(t -> t / SimTime.SECOND).toList();
        }
    }

    /** Collects outcomes and the order in which jobs started. */
    static final class Recorder implements RunObserver {
        final Map<Long, JobOutcome> outcomes = new LinkedHashMap<>();
        final List<Long> startOrder = new ArrayList<>();

        @Override
        public void jobStarted(Job job, long now, long cores) {
            startOrder.add(job.id());
        }

        @Override
        public void jobFinished(JobOutcome outcome) {
            assertNull(outcomes.put(outcome.job().id(), outcome), "job " + outcome.job().id() + " ended twice");
        }
    }

    /** Asserts that job {@code id} ran from {@code startS} to {@code endS} (seconds). */
    static void assertRan(Map<Long, JobOutcome> outcomes, long id, long startS, long endS) {
        JobOutcome o = outcomes.get(id);
        assertEquals(SimTime.seconds(startS), o.startTime(), "start of job " + id);
        assertEquals(SimTime.seconds(endS), o.endTime(), "end of job " + id);
    }
}
