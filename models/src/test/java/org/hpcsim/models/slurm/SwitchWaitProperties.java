package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;

/** Replays with a switch tree and --switches=1 on every job: nothing stalls, nothing is oversubscribed. */
class SwitchWaitProperties {
    private static final int NODES = 12;
    private static final int CPUS = 2;

    @Provide
    Arbitrary<List<Job>> workloads() {
        return SlurmReplay.workloads(900, 400, 3, 6, 2, 30);
    }

    /** Three leaves of four nodes under one root. */
    private static SlurmConfig config(SchedulerType type, SelectType select, long waitSeconds) {
        SwitchTree tree = SwitchTree.builder(NODES).leaf("a", 0, 1, 2, 3).leaf("b", 4, 5, 6, 7)
                .leaf("c", 8, 9, 10, 11).upper("root", "a", "b", "c").build();
        SchedulerParams p = SlurmReplay.params(30, 10);
        return SlurmConfig.uniform(NODES, CPUS, type, select, p).withTopology(tree)
                .withSwitches(new SwitchRequest(1, SimTime.seconds(waitSeconds)));
    }

    @Property(tries = 150)
    void shouldRunEveryJobWithinTheClusterAndOnOneLeafBeforeItsWaitEnds(
            @ForAll("workloads") List<Job> jobs, @ForAll SchedulerType type, @ForAll SelectType select,
            @ForAll @IntRange(min = 0, max = 400) int waitSeconds) {
        SlurmReplay.Result r = SlurmReplay.run(config(type, select, waitSeconds), jobs);
        long wait = Math.min(SimTime.seconds(waitSeconds), SchedulerParams.DEFAULT_MAX_SWITCH_WAIT);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job ran or was refused");
        List<long[]> changes = new ArrayList<>();
        for (JobOutcome o : r.outcomes.values()) {
            changes.add(new long[] {o.startTime(), o.allocatedCores()});
            changes.add(new long[] {o.endTime(), -o.allocatedCores()});
            assertTrue(o.leafSwitches() >= 1);
            if (o.startTime() < o.job().submitTime() + wait) {
                assertEquals(1, o.leafSwitches(), "job " + o.job().id() + " started inside its wait");
            }
        }
        changes.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        long used = 0;
        for (long[] c : changes) {
            used += c[1];
            assertTrue(used <= NODES * CPUS, "CPUs in use " + used + " at " + c[0]);
        }
    }
}
