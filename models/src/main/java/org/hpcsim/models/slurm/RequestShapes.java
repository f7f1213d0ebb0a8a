package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ResourceOptions;

/**
 * Turns a job's sbatch resource options into what its request asks of nodes: the node count
 * {@code --ntasks-per-node} implies (its tasks being its processors over {@code --cpus-per-task}),
 * the GPU total {@code --gpus-per-node} implies, the nodes its {@code --constraint}, GRES type
 * ({@code --gres=gpu:a100:2}), {@code --mem} and {@code --mem-per-cpu} allow, the memory per CPU it
 * holds, and its CPUs per task and per GPU. A job whose options no node of the partitions it names
 * can meet is refused at submission, as slurmctld refuses it (job_mgr.c: ESLURM_INVALID_FEATURE "Invalid feature specification",
 * ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE, ESLURM_INVALID_TASK_MEMORY).
 */
final class RequestShapes {
    private final List<SlurmNode> nodes;

    /** Why the last shape was refused. */
    String refusal;

    RequestShapes(List<SlurmNode> nodes) {
        this.nodes = nodes;
    }

    /**
     * Nodes the job asks for: its -N, else, with --ntasks-per-node T, ceil(tasks / T) (sbatch(1):
     * "Request that ntasks be invoked on each node"), its tasks being its processors over its
     * --cpus-per-task.
     */
    static int nodes(Job job) {
        int perNode = job.options().resources().tasksPerNode();
        if (job.nodes() > 0 && job.options().resources().cpusPerTask() > 0) {
            // sbatch: "can't run 1 processes on 2 nodes, setting nnodes to 1" (a real sbatch 22.05.8
            // said so for -N 2 -n 1 -c 4).
            return Math.min(job.nodes(), Math.max(tasks(job), 1));
        }
        if (job.nodes() > 0 || perNode == 0) {
            return job.nodes();
        }
        return (tasks(job) + perNode - 1) / perNode;
    }

    /** The job's tasks: its processors over its --cpus-per-task (one CPU a task when not asked). */
    static int tasks(Job job) {
        return job.processors() / Math.max(job.options().resources().cpusPerTask(), 1);
    }

    /**
     * GPUs in all: with --gpus-per-node G, G on each of {@code nodes} nodes (at least one); a GPU
     * type with no count asks one per node, as {@code --gres=gpu:a100} does (gres count default 1).
     */
    static int gpus(Job job, int nodes) {
        int perNode = perNodeGpus(job);
        return perNode > 0 ? perNode * Math.max(nodes, 1) : job.gpus();
    }

    private static int perNodeGpus(Job job) {
        ResourceOptions o = job.options().resources();
        if (o.gpusPerNode() > 0) {
            return o.gpusPerNode();
        }
        return !o.gpuType().isEmpty() && job.gpus() == 0 ? 1 : 0;
    }

    /**
     * The shape of {@code job}'s request over {@code partitions} (sets of node indices) when it
     * asks for {@code nodes} nodes, or null with {@link #refusal} saying why no node there meets it.
     */
    RequestShape of(Job job, int nodeCount, List<String> partitionNames, List<BitSet> partitions) {
        return of(job, nodeCount, partitionNames, partitions, 0);
    }

    /**
     * As {@link #of(Job, int, List, List)} where the partition's own DefMemPerCPU is
     * {@code partitionDefMb} (0: none): a job that asks no memory then holds that much per CPU.
     */
    RequestShape of(Job job, int nodeCount, List<String> partitionNames, List<BitSet> partitions,
                    long partitionDefMb) {
        ResourceOptions o = job.options().resources();
        long perCpuMb = o.memoryPerCpuMb() > 0 || o.memoryMb() > 0 ? o.memoryPerCpuMb() : partitionDefMb;
        int perNodeGpus = perNodeGpus(job);
        int cpusPerTask = o.cpusPerTask();
        if (cpusPerTask > 0 && job.processors() % cpusPerTask != 0) {
            refusal = "requested node configuration is not available: " + job.processors()
                    + " CPUs are not a whole number of tasks of --cpus-per-task=" + cpusPerTask;
            return null;
        }
        int tasks = tasks(job);
        int asked = nodes(job);
        if (o.tasksPerNode() > 0 && asked > 0 && (tasks + asked - 1) / asked > o.tasksPerNode()) {
            // sbatch(1): with -n, --ntasks-per-node is "a maximum count of tasks per node".
            refusal = "requested node configuration is not available: " + tasks + " tasks on "
                    + asked + " nodes exceed --ntasks-per-node=" + o.tasksPerNode();
            return null;
        }
        if (o.constraint().isEmpty() && o.gpuType().isEmpty() && perNodeGpus == 0 && o.memoryMb() == 0) {
            if (perCpuMb == 0) {
                return o.tasksPerNode() == 0 && cpusPerTask == 0 && o.cpusPerGpu() == 0 ? RequestShape.NONE
                        : new RequestShape(null, 0, 0, 0, true, o.tasksPerNode(), 0, o.cpusPerGpu(), cpusPerTask);
            }
            if (o.memoryPerCpuMb() == 0) {
                // a partition's DefMemPerCPU narrows no node here
                return new RequestShape(null, 0, 0, perCpuMb, true, o.tasksPerNode(), 0, o.cpusPerGpu(), cpusPerTask);
            }
        }
        BitSet reach = new BitSet();
        partitions.forEach(reach::or);
        String where = "partition" + (partitionNames.size() > 1 ? "s " : " ") + String.join(",", partitionNames);
        BitSet eligible = new BitSet();
        eligible.set(0, nodes.size());
        if (!o.constraint().isEmpty()) {
            FeatureConstraint c;
            try {
                c = FeatureConstraint.parse(o.constraint());
            } catch (IllegalArgumentException e) {
                refusal = "invalid feature specification: " + e.getMessage();
                return null;
            }
            if (!narrow(eligible, reach, i -> c.matches(nodes.get(i).features()))) {
                refusal = "invalid feature specification: no node of " + where + " has '" + o.constraint() + "'";
                return null;
            }
        }
        if (!o.gpuType().isEmpty() && !narrow(eligible, reach, i -> nodes.get(i).gpuType().equals(o.gpuType()))) {
            refusal = "requested node configuration is not available: no node of " + where + " has GRES gpu:"
                    + o.gpuType();
            return null;
        }
        // A node whose memory the scenario does not give (0; slurm.conf's RealMemory is at least 1) takes any
        // --mem; --mem-per-cpu needs one CPU's worth (node_scheduler.c, _build_node_list: pn_min_memory
        // without its MEM_PER_CPU flag against the node's real_memory).
        long leastMb = Math.max(o.memoryMb(), o.memoryPerCpuMb());
        if (!narrow(eligible, reach, i -> nodes.get(i).memoryMb() == 0 || nodes.get(i).memoryMb() >= leastMb)) {
            refusal = "memory required by task is not available: no node of " + where + " has RealMemory >= "
                    + leastMb + " MB" + (o.memoryPerCpuMb() > 0 ? " (--mem-per-cpu)" : "");
            return null;
        }
        if (!narrow(eligible, reach, i -> nodes.get(i).gpus() >= perNodeGpus)) {
            refusal = "requested node configuration is not available: no node of " + where + " has " + perNodeGpus
                    + " GPUs" + (o.gpuType().isEmpty() ? "" : " of type " + o.gpuType());
            return null;
        }
        return new RequestShape(eligible, perNodeGpus, o.memoryMb(), perCpuMb,
                o.memoryMb() == 0 && o.memoryPerCpuMb() == 0, o.tasksPerNode(), 0, o.cpusPerGpu(), cpusPerTask);
    }

    /** Keeps in {@code eligible} the nodes that pass; whether any of {@code reach} is left. */
    private boolean narrow(BitSet eligible, BitSet reach, java.util.function.IntPredicate pass) {
        for (int i = eligible.nextSetBit(0); i >= 0; i = eligible.nextSetBit(i + 1)) {
            if (!pass.test(i)) {
                eligible.clear(i);
            }
        }
        return eligible.intersects(reach);
    }
}
