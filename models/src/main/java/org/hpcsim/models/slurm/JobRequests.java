package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ResourceOptions;

/**
 * Turns a workload job into a Slurm job request: the partitions it names (comma-separated, as
 * {@code sbatch -p a,b} takes them; none means the default partition; a bare number, which is how
 * SWF traces number their partitions, names no partition of this cluster unless one is so named
 * and also means the default), its node, CPU and GPU
 * counts and its time limit. A job that fixes no node count asks for the least MinNodes of its
 * partitions. A partition it names is dropped when the job could never run there (too many nodes
 * or CPUs, fewer nodes than MinNodes, a time limit over MaxTime): slurmctld would hold it pending
 * forever (EnforcePartLimits=NO, the default). The request is null when no partition is left.
 *
 * <p>With QOS modelled, a job naming a QOS that does not exist is refused, as slurmctld refuses it
 * under AccountingStorageEnforce=qos (job_mgr.c _determine_and_validate_qos: ESLURM_INVALID_QOS),
 * and so is one over its user's MaxSubmitJobsPerUser (acct_policy.c _qos_policy_validate refuses
 * the submission). One its QOS could never let run (a time limit over MaxWall, a request over
 * MaxTRESPerJob, MaxTRESPerUser or GrpTRES alone, a job count limit of 0) is refused too, where
 * slurmctld would hold it pending forever without DenyOnLimit; the refusal names Slurm's pending
 * reason; under DenyOnLimit one whose request alone breaks a limit is refused with slurmctld's
 * ESLURM_ACCOUNTING_POLICY (see {@link QosRefusals}). A job that asks for no time limit gets its
 * QOS's MaxWall, or its partition's MaxTime when that is shorter (acct_policy.c _set_time_limit,
 * applied while the submission is validated, before a partition's DefaultTime would be). In a
 * partition with a QOS of its own, each limit comes from the first of the two QOS that sets it (see
 * {@link QosOrder}); a partition whose QOS could never run the job is dropped from its list, and so
 * is one whose AllowGroups, AllowAccounts, DenyAccounts, AllowQos or DenyQos shut it out.
 *
 * <p>Its sbatch resource options ({@code --constraint}, GRES type, {@code --gpus-per-node},
 * {@code --ntasks-per-node}, {@code --mem}, {@code --mem-per-cpu}, {@code --cpus-per-task}) shape the request as
 * {@link RequestShapes} says, with the DefMemPerCPU of the first partition it names when it asks
 * no memory; each other partition gives its own where the job is tested there
 * ({@link SlurmCluster#requestIn(SlurmJob, int)}).
 */
final class JobRequests {
    private final SlurmCluster cluster;
    private final RequestShapes shapes;
    private final QosSubmission qos;

    /** slurm_errno.c, ESLURM_DEFAULT_PARTITION_NOT_SET: a job names no partition and none is Default=YES. */
    static final String NO_DEFAULT_PARTITION = "No partition specified or system default partition";

    /** Why the last request was refused. */
    String refusal;

    JobRequests(SlurmCluster cluster) {
        this.cluster = cluster;
        this.shapes = new RequestShapes(cluster.nodes);
        this.qos = new QosSubmission(cluster);
    }

    JobRequest of(Job job) {
        SlurmConfig config = cluster.config;
        String named = job.labels().partition();
        int[] wanted;
        if (named.isEmpty() || !config.jobPartitions() || (isNumber(named) && config.partitionIndex(named) < 0)) {
            // No partition named (an SWF partition number is none): the default one, or every one
            // under job_submit/all_partitions.
            wanted = config.allPartitions() ? IntStream.range(0, config.partitions().size()).toArray()
                    : new int[] {config.defaultPartition()};
            if (wanted[0] < 0) {
                refusal = NO_DEFAULT_PARTITION;
                return null;
            }
        } else {
            String[] names = named.split(",");
            wanted = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                wanted[i] = config.partitionIndex(names[i].trim());
                if (wanted[i] < 0) {
                    refusal = "invalid partition '" + names[i].trim() + "'";
                    return null;
                }
            }
        }
        // sbatch(1) --exclusive: all CPUs and GRES of its nodes; select/linear gives whole nodes anyway.
        boolean exclusive = config.select() == SelectType.LINEAR || job.options().resources().exclusive();
        int nodes = RequestShapes.nodes(job);
        int cpus = job.processors();
        // job_mgr.c _valid_job_part: a job that fixed no node count gets the least MinNodes of its
        // partitions (no fewer CPUs than nodes); one that fixed fewer never runs where MinNodes is more.
        // Its QOS's PartitionMinNodes, PartitionMaxNodes and PartitionTimeLimit lift those limits.
        QosSetup setup = config.qos();
        int q = setup.of(job);
        QosFlags overrides = q < 0 ? QosFlags.NONE : setup.qos().get(q).flags();
        int partitionMin = overrides.partitionMinNodes() ? 0
                : Arrays.stream(wanted).map(p -> config.partitions().get(p).minNodes()).min().orElse(0);
        if (nodes == 0 && partitionMin > 0) {
            nodes = partitionMin;
            // A task on each node at least, whole (--cpus-per-task).
            cpus = Math.max(cpus, nodes * Math.max(job.options().resources().cpusPerTask(), 1));
        }
        int gpus = RequestShapes.gpus(job, nodes);
        // job_mgr.c, job_limits_check: a job that set no memory gets its partition's DefMemPerCPU, set
        // again for each partition tried: the first here, the others in SlurmCluster.requestIn.
        long partitionDefMb = config.memory().partitionDefault(config.partitions().get(wanted[0]).name());
        RequestShape shape = job.options().resources().equals(ResourceOptions.NONE) && partitionDefMb == 0
                ? RequestShape.NONE
                : shapes.of(job, nodes, Arrays.stream(wanted).mapToObj(p -> config.partitions().get(p).name())
                        .distinct().toList(), Arrays.stream(wanted).mapToObj(cluster::partitionNodes).toList(),
                        partitionDefMb);
        if (shape == null) {
            refusal = shapes.refusal;
            return null;
        }
        JobRequest probe = new JobRequest(nodes, cpus, gpus, exclusive, wanted, job.requestedTime(), 0, 0, shape);
        int[] usable = Arrays.stream(wanted).filter(p -> fits(probe, p, overrides)).distinct().toArray();
        if (usable.length == 0) {
            Partition first = config.partitions().get(wanted[0]);
            MemoryCeiling ceiling = cluster.config.memory().ceilingIn(first.name());
            refusal = "requests more than partition " + first.name() + " can ever give ("
                    + (ceiling.none() ? "nodes, CPUs, GPUs or MaxTime)" : "nodes, CPUs, GPUs, MaxTime or, under its "
                    + (ceiling.perCpu() ? "MaxMemPerCPU, CPUs for its memory)" : "MaxMemPerNode, memory)"))
                    + (first.minNodes() > 0 ? ", or fewer nodes than its MinNodes=" + first.minNodes() : "");
            return null;
        }
        if (setup.enabled() && q < 0) {
            refusal = "invalid qos '" + job.labels().qos() + "'";
            return null;
        }
        if (shutOutOfFirst(job, wanted[0])) {
            return null;
        }
        usable = permitted(job, q, usable);
        if (usable == null) {
            return null;
        }
        long limit = qos.timeLimit(job, q, usable[0], probe);
        if (setup.enabled()) {
            usable = qos.usable(job, q, probe, usable, limit);
            if (usable == null) {
                refusal = qos.refusal;
                return null;
            }
        }
        // job_mgr.c: a job's wait for its switch count is the smaller of its own and max_switch_wait.
        SwitchRequest s = config.switches();
        long wait = Math.min(s.maxWait(), config.params().maxSwitchWait());
        return new JobRequest(nodes, cpus, gpus, exclusive, usable, limit, s.count(), wait, shape);
    }

    /**
     * The partitions of {@code usable} whose AllowGroups, AllowAccounts, DenyAccounts, AllowQos and
     * DenyQos admit {@code job}, or null (with {@link #refusal} set) when none does: slurmctld (EnforcePartLimits=NO)
     * accepts such a job but select_nodes never runs it there (node_scheduler.c,
     * ESLURM_REQUESTED_PART_CONFIG_UNAVAILABLE). Its QOS is its label's, else the default, else
     * {@code normal}, the QOS slurmdbd gives every association when QOS are not modelled.
     */
    private int[] permitted(Job job, int q, int[] usable) {
        String qosName = q >= 0 ? cluster.config.qos().qos().get(q).name() : "normal";
        JobLabels l = job.labels();
        int[] kept = Arrays.stream(usable).filter(p -> cluster.config.partitions().get(p).access()
                .refusal(l.account(), qosName, l.group(), l.user()) == null).toArray();
        if (kept.length == 0) {
            Partition first = cluster.config.partitions().get(usable[0]);
            refusal = "partition " + first.name() + ": "
                    + first.access().refusal(l.account(), qosName, l.group(), l.user());
            return null;
        }
        return kept;
    }

    /**
     * Whether the first partition {@code job} names shuts its group out (AllowGroups), with
     * {@link #refusal} set: slurmctld 22.05 (job_mgr.c _valid_job_part) stops reading the job's
     * partitions at the first that does so and takes its node and time bounds from those before it,
     * so a job whose first partition refuses its group stays pending for good (a real slurmctld
     * 22.05.8 kept {@code -p phys,all} pending, reason PartitionNodeLimit, and ran {@code -p all,phys}).
     * A single partition that refuses the group refuses the submission ("User's group not permitted
     * to use this partition").
     */
    private boolean shutOutOfFirst(Job job, int first) {
        Partition p = cluster.config.partitions().get(first);
        String why = p.access().groupRefusal(job.labels().group(), job.labels().user());
        if (why != null) {
            refusal = "partition " + p.name() + ": " + why;
        }
        return why != null;
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean fits(JobRequest r, int p, QosFlags overrides) {
        Partition part = cluster.config.partitions().get(p);
        if (!(r.timeLimit() <= part.maxTime() || overrides.partitionTimeLimit())
                || !(Math.max(r.minNodes(), 1) >= part.minNodes() || overrides.partitionMinNodes())
                || !(r.minNodes() <= part.maxNodes() || overrides.partitionMaxNodes())) {
            return false;
        }
        JobRequest in = cluster.requestIn(r, p);
        return in != null && cluster.canEverRun(in, p);
    }
}
