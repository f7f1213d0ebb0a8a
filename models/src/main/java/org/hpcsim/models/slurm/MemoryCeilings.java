package org.hpcsim.models.slurm;

/**
 * What a partition's MaxMemPerCPU or MaxMemPerNode does to a job's request there, as slurmctld
 * 22.05 does it each time it tests the job in a partition (job_mgr.c, job_limits_check, which runs
 * {@code _valid_pn_min_mem} on the job's original options and that partition's memory default;
 * later versions changed the per-node case). Checked against a real slurmctld 22.05.8 (README):
 *
 * <ul>
 *   <li>MaxMemPerCPU X, memory per CPU M (--mem-per-cpu or a DefMemPerCPU) over X: the CPUs of each
 *   task rise by r = ceil(M / X) and the memory per CPU falls to ceil(M / r), so the job asks r
 *   times its CPUs ("increasing cpus_per_task and decreasing mem_per_cpu");</li>
 *   <li>MaxMemPerCPU X, memory per node N (--mem, or, when the job asks none and no default
 *   applies, the RealMemory of the partition's first node, which is what it will hold): each node
 *   it gets must give at least k = ceil(N / X) CPUs (pn_min_cpus). With --ntasks-per-node T the
 *   CPUs per task rise to ceil(k / T); with a fixed node count the job asks k a node at least;
 *   otherwise each node it gets holds k CPUs or more (see {@link RequestShape#minCpusPerNode});</li>
 *   <li>MaxMemPerNode Y: a job holding more on a node (per CPU: times its CPUs per node, all of a
 *   node's under --exclusive) can never run in the partition (pending, reason MaxMemPerLimit).</li>
 * </ul>
 *
 * <p>A job's CPUs are its tasks times its CPUs per task (--cpus-per-task, else one); where the
 * ceiling raises them, a job that set --cpus-per-task has that raised, and any job keeps its tasks
 * (which bound its node count).
 */
final class MemoryCeilings {
    private MemoryCeilings() {}

    /**
     * {@code r} under ceiling {@code c} in a partition whose first node has {@code firstNodeMb} of
     * RealMemory and whose largest node {@code maxCpus} CPUs, with {@code memory}'s defaults; null
     * when the job can never run there.
     */
    static JobRequest apply(JobRequest r, MemoryCeiling c, ConsumableMemory memory, long firstNodeMb, int maxCpus) {
        if (c.none()) {
            return r;
        }
        RequestShape s = r.shape();
        long perCpu = s.memoryMb() > 0 ? 0 : memory.perCpu(s);
        // slurm.conf's RealMemory is 1 MB unless set; the model's 0 (not given) reads as that.
        long perNode = s.memoryMb() > 0 ? s.memoryMb() : Math.max(firstNodeMb, 1);
        return c.perCpu() ? perCpu > 0 ? perCpuLimited(r, perCpu, c.mb()) : perNodeLimited(r, perNode, c.mb())
                : withinNodeLimit(r, perCpu, perNode, c.mb(), maxCpus) ? r : null;
    }

    /** Memory per CPU {@code perCpu} under MaxMemPerCPU {@code max}. */
    private static JobRequest perCpuLimited(JobRequest r, long perCpu, long max) {
        if (perCpu <= max) {
            return r;
        }
        long ratio = ceilDiv(perCpu, max);
        // Its tasks stay; each holds ratio times its CPUs (a real -n 5 --mem-per-cpu=300 under
        // MaxMemPerCPU=100 ran as CPUs/Task=3, 6 + 6 + 3 CPUs on idle 8-CPU nodes).
        RequestShape s = r.shape().withMemoryPerCpu(ceilDiv(perCpu, ratio))
                .withCpusPerTask((int) Math.min(Integer.MAX_VALUE, r.shape().cpusEachTask() * ratio));
        return resized(r, r.minNodes(), r.cpus() * ratio, s);
    }

    /**
     * Memory per node {@code perNode} under MaxMemPerCPU {@code max}: at least ceil(perNode / max)
     * CPUs on each node (22.05 sets pn_min_cpus, and with --ntasks-per-node the CPUs per task that
     * give it).
     */
    private static JobRequest perNodeLimited(JobRequest r, long perNode, long max) {
        long least = ceilDiv(perNode, max);
        int tasks = r.tasks();
        int perNodeTasks = r.shape().tasksPerNode();
        int perTask = r.shape().cpusEachTask();
        // job_mgr.c: pn_min_cpus starts at cpus_per_task * ntasks_per_node when more than one task,
        // else cpus_per_task.
        long asked = (long) (perNodeTasks > 0 && tasks > 1 ? perNodeTasks : 1) * perTask;
        if (asked >= least) {
            return r;
        }
        RequestShape s = r.shape().withTasks(tasks);
        if (perNodeTasks > 0) {
            long raised = ceilDiv(least, perNodeTasks);
            return resized(r, r.minNodes(), (long) tasks * raised,
                    s.cpusPerTask() > 0 ? s.withCpusPerTask((int) Math.min(Integer.MAX_VALUE, raised)) : s);
        }
        if (r.minNodes() > 0) {
            return resized(r, r.minNodes(), Math.max(r.cpus(), r.minNodes() * least), s);
        }
        return least > Integer.MAX_VALUE ? null : r.shaped(r.shape().withMinCpusPerNode((int) least));
    }

    /** Whether the job stays within MaxMemPerNode {@code max}. */
    private static boolean withinNodeLimit(JobRequest r, long perCpu, long perNode, long max, int maxCpus) {
        if (perCpu == 0) {
            return perNode <= max;
        }
        long cpusPerNode;
        if (r.exclusive()) {
            cpusPerNode = maxCpus; // "Whole node allocation": the partition's largest CPU count
        } else {
            int perNodeTasks = r.shape().tasksPerNode();
            cpusPerNode = (long) (perNodeTasks > 0 ? perNodeTasks : 1) * r.shape().cpusEachTask();
            if (r.minNodes() > 0) {
                cpusPerNode = Math.max(cpusPerNode, ceilDiv(r.cpus(), r.minNodes()));
            }
        }
        return perCpu * cpusPerNode <= max;
    }

    /** {@code r} with {@code nodes} and {@code cpus}, or null when the CPUs pass what a request can hold. */
    private static JobRequest resized(JobRequest r, int nodes, long cpus, RequestShape s) {
        return cpus > Integer.MAX_VALUE ? null : r.resized(nodes, (int) cpus, s);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
