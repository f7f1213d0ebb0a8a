package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/** Invariants of the Slurm model on random workloads. */
class SlurmSchedulerProperties {
    private static final int NODES = 8;
    private static final int CPUS = 4;

    @Provide
    Arbitrary<List<Job>> workloads() {
        return SlurmReplay.workloads(600, 300, 4, NODES, 3, 40);
    }

    @Provide
    Arbitrary<List<Job>> arrayWorkloads() {
        return SlurmReplay.withArrays(workloads(), 5);
    }

    private static SlurmConfig config(SchedulerType type, SelectType select) {
        return SlurmConfig.uniform(NODES, CPUS, type, select, SlurmReplay.params(7, 5));
    }

    @Property(tries = 200)
    void shouldNeverUseMoreCpusThanTheClusterHas(@ForAll("workloads") List<Job> jobs,
                                                 @ForAll SchedulerType type, @ForAll SelectType select) {
        assertNeverOversubscribed(jobs, type, select);
    }

    @Property(tries = 200)
    void shouldNeverUseMoreCpusThanTheClusterHasWithArrays(@ForAll("arrayWorkloads") List<Job> jobs,
                                                           @ForAll SchedulerType type, @ForAll SelectType select) {
        assertNeverOversubscribed(jobs, type, select);
    }

    private static void assertNeverOversubscribed(List<Job> jobs, SchedulerType type, SelectType select) {
        SlurmReplay.Result r = SlurmReplay.run(config(type, select), jobs);
        assertTrue(r.outcomes.size() + r.rejected.size() == jobs.size(), "every job ran or was refused");
        List<long[]> changes = new ArrayList<>();
        for (JobOutcome o : r.outcomes.values()) {
            changes.add(new long[] {o.startTime(), o.allocatedCores()});
            changes.add(new long[] {o.endTime(), -o.allocatedCores()});
        }
        changes.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        long used = 0;
        for (long[] c : changes) {
            used += c[1];
            assertTrue(used <= NODES * CPUS, "CPUs in use " + used + " at " + c[0]);
        }
    }

    @Property(tries = 200)
    void shouldStartJobsInPriorityOrderUnderSchedBuiltin(@ForAll("workloads") List<Job> jobs,
                                                         @ForAll SelectType select) {
        SlurmReplay.Result r = SlurmReplay.run(config(SchedulerType.BUILTIN, select), jobs);
        long previous = 0;
        for (Job j : jobs) {
            JobOutcome o = r.outcomes.get(j.id());
            if (o != null) {
                assertTrue(o.startTime() >= previous, "job " + j.id() + " passed a job of higher priority");
                previous = o.startTime();
            }
        }
    }

    @Property(tries = 200)
    void shouldNeverBackfillAJobOntoNodesReservedForAHigherPriorityJob(@ForAll("workloads") List<Job> jobs,
                                                                        @ForAll SelectType select) {
        assertNoReservationOverlapped(jobs, select);
    }

    @Property(tries = 200)
    void shouldNeverBackfillAnArrayTaskOntoNodesReservedForAnother(@ForAll("arrayWorkloads") List<Job> jobs,
                                                                    @ForAll SelectType select) {
        assertNoReservationOverlapped(jobs, select);
    }

    private static void assertNoReservationOverlapped(List<Job> jobs, SelectType select) {
        List<long[]> reservations = new ArrayList<>();
        List<BitSet> reservedNodes = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        BackfillListener check = new BackfillListener() {
            @Override
            public void passStarted(long now) {
                reservations.clear();
                reservedNodes.clear();
            }

            @Override
            public void reserved(SlurmJob job, long start, long end, BitSet nodes) {
                reservations.add(new long[] {start, end, job.job.id()});
                reservedNodes.add(nodes);
            }

            @Override
            public void backfilled(SlurmJob job, long now, long limitEnd, BitSet nodes) {
                for (int i = 0; i < reservations.size(); i++) {
                    long[] res = reservations.get(i);
                    if (reservedNodes.get(i).intersects(nodes) && now < res[1] && limitEnd > res[0]) {
                        violations.add("job " + job.job.id() + " at " + now / SimTime.SECOND
                                + " overlaps the reservation of job " + res[2]);
                    }
                }
            }
        };
        SlurmReplay.Result r = new SlurmReplay.Result();
        SlurmController c = new SlurmController(config(SchedulerType.BACKFILL, select), new ListJobSource(jobs),
                true, r);
        c.listen(check);
        c.run();
        assertTrue(violations.isEmpty(), violations.toString());
    }
}
