package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;

/** The bench of the whole-core and whole-socket tests: two 8-CPU nodes under cons_tres and sched/builtin. */
final class TwoEightCpuNodes {
    private TwoEightCpuNodes() {}

    /** The cluster, its CPUs handed out by {@code cpusPerCore} and, when above 0, in sockets of {@code cpusPerSocket}. */
    static SlurmConfig cluster(int cpusPerCore, int cpusPerSocket) {
        List<SlurmNode> nodes = List.of(new SlurmNode("n1", 8, 0, 0, "", 1, List.of(), cpusPerCore, cpusPerSocket, true),
                new SlurmNode("n2", 8, 0, 0, "", 1, List.of(), cpusPerCore, cpusPerSocket, true));
        BitSet all = new BitSet();
        all.set(0, 2);
        return new SlurmConfig(nodes, List.of(Partition.of("all", all, true)), SchedulerType.BUILTIN,
                SelectType.CONS_TRES, SchedulerParams.defaults().immediate(), true, null);
    }

    /** A job of {@code tasks} one-CPU tasks on {@code nodes} nodes (0: not given), 60 s of a 600 s limit. */
    static Job job(long id, long submit, int tasks, int nodes) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(60), SimTime.seconds(600), tasks, nodes, 0,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
    }
}
