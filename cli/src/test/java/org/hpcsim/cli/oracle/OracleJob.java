package org.hpcsim.cli.oracle;

/**
 * One job of an oracle workload: when it is submitted, how many whole nodes (or tasks of one CPU)
 * it asks for, how long it sleeps, the time limit it declares and the partitions it names.
 *
 * @param id               our number for the job; it is also the job number in hpcsim's trace
 * @param submitOffset     seconds after the replay starts at which it is submitted
 * @param nodes            whole nodes ({@code sbatch -N --exclusive}); 0 for a job of tasks
 * @param sleepSeconds     what the job does: {@code sleep} this long
 * @param timeLimitMinutes {@code sbatch -t}; much longer than the sleep, so schedulers that plan
 *                         with limits (backfill) see a different future than the one that happens
 * @param partitions       {@code sbatch -p}: one partition or several, comma-separated; empty for
 *                         the default partition
 * @param tasks            tasks of one CPU on nodes it may share ({@code sbatch -n}); 0 for a job
 *                         of whole nodes
 * @param gpus             GPUs in all ({@code sbatch --gpus}), for a job of tasks; 0 for none
 * @param cpusPerTask      CPUs of each task ({@code sbatch -c}), for a job of tasks; 0 for none asked
 */
public record OracleJob(int id, double submitOffset, int nodes, int sleepSeconds, int timeLimitMinutes,
                        String partitions, int tasks, int gpus, int cpusPerTask) {
    /** Checks the job can be submitted. */
    public OracleJob {
        if (id <= 0 || submitOffset < 0 || nodes < 0 || tasks < 0 || (nodes == 0) == (tasks == 0)
                || gpus < 0 || gpus > 0 && tasks == 0 || cpusPerTask < 0 || cpusPerTask > 0 && tasks == 0
                || sleepSeconds < 0 || timeLimitMinutes <= 0
                || partitions == null || !partitions.matches("([a-z]+(,[a-z]+)*)?")) {
            throw new IllegalArgumentException("bad oracle job " + id);
        }
    }

    /** A job without --cpus-per-task. */
    public OracleJob(int id, double submitOffset, int nodes, int sleepSeconds, int timeLimitMinutes,
                     String partitions, int tasks, int gpus) {
        this(id, submitOffset, nodes, sleepSeconds, timeLimitMinutes, partitions, tasks, gpus, 0);
    }

    /** A job without GPUs. */
    public OracleJob(int id, double submitOffset, int nodes, int sleepSeconds, int timeLimitMinutes,
                     String partitions, int tasks) {
        this(id, submitOffset, nodes, sleepSeconds, timeLimitMinutes, partitions, tasks, 0);
    }

    /** A job of whole nodes. */
    public OracleJob(int id, double submitOffset, int nodes, int sleepSeconds, int timeLimitMinutes,
                     String partitions) {
        this(id, submitOffset, nodes, sleepSeconds, timeLimitMinutes, partitions, 0);
    }

    /** A job of whole nodes in the default partition. */
    public OracleJob(int id, double submitOffset, int nodes, int sleepSeconds, int timeLimitMinutes) {
        this(id, submitOffset, nodes, sleepSeconds, timeLimitMinutes, "");
    }

    /** This job, naming {@code names} instead. */
    public OracleJob inPartitions(String names) {
        return new OracleJob(id, submitOffset, nodes, sleepSeconds, timeLimitMinutes, names, tasks, gpus, cpusPerTask);
    }

    /** This job of whole nodes as a job of as many one-CPU tasks, on nodes it may share. */
    public OracleJob asTasks() {
        return tasks > 0 ? this : new OracleJob(id, submitOffset, 0, sleepSeconds, timeLimitMinutes, partitions, nodes);
    }

    /** This job of tasks asking {@code count} GPUs in all as well. */
    public OracleJob withGpus(int count) {
        return new OracleJob(id, submitOffset, nodes, sleepSeconds, timeLimitMinutes, partitions, tasks, count,
                cpusPerTask);
    }

    /**
     * This job of tasks as tasks of {@code cpus} CPUs each ({@code sbatch -c}), about as many CPUs
     * in all: its tasks divided by {@code cpus}, one at least.
     */
    public OracleJob withCpusPerTask(int cpus) {
        return new OracleJob(id, submitOffset, nodes, sleepSeconds, timeLimitMinutes, partitions,
                Math.max(1, tasks / cpus), gpus, cpus);
    }

    /** The processors it asks for: its nodes' (one-CPU nodes) or its tasks' CPUs. */
    public int processors() {
        return tasks > 0 ? tasks * Math.max(cpusPerTask, 1) : nodes;
    }

    /** The Slurm job name: our id, so each record of Slurm's job log names its job. */
    public String name() {
        return "j" + id;
    }

    /** Our id from a Slurm job name written by {@link #name()}, or -1 for a job that is not ours. */
    public static int idOf(String slurmJobName) {
        if (slurmJobName == null || !slurmJobName.matches("j[0-9]{1,9}")) {
            return -1;
        }
        return Integer.parseInt(slurmJobName.substring(1));
    }
}
