package org.hpcsim.models.slurm;

import java.util.Comparator;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.NodeFailures;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.JobLinks;

/** Test support: small Slurm clusters, jobs in seconds, and a replay that records every outcome by job id. */
final class SlurmReplay {
    private SlurmReplay() {}

    /** Parameters of an idealised controller (passes at the instant of events) with backfill every {@code bfInterval} s at a resolution of {@code bfResolution} s. */
    static SchedulerParams params(long bfInterval, long bfResolution) {
        SchedulerParams d = SchedulerParams.defaults();
        return new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.seconds(bfInterval),
                SimTime.seconds(bfResolution), d.bfWindow(), d.bfMaxJobTest(), d.overTimeLimit(), 0, 0);
    }

    /**
     * Slurm's default controller timing (1 s tick, batch_sched_delay 3 s, sched_interval 60 s) with
     * backfill every {@code bfInterval} seconds and no OverTimeLimit.
     */
    static SchedulerParams ticking(long bfInterval) {
        SchedulerParams d = SchedulerParams.defaults();
        return new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.seconds(bfInterval),
                d.bfResolution(), d.bfWindow(), d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick());
    }

    /** A job of {@code nodes} whole nodes, submitted, running and limited in seconds. */
    static Job job(long id, long submit, long run, long limit, int nodes) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(limit), nodes, nodes, 0,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
    }

    /** A job asking for {@code cpus} CPUs (no node count). */
    static Job cpuJob(long id, long submit, long run, long limit, int cpus) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(limit), cpus, 0, 0,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
    }

    /** {@code job} naming {@code partitions} (comma-separated), its other labels kept. */
    static Job inPartition(Job job, String partitions) {
        JobLabels o = job.labels();
        JobLabels l = new JobLabels(o.user(), o.group(), o.account(), partitions, o.queue(), o.qos(), o.name());
        return new Job(job.id(), job.submitTime(), job.runTime(), job.requestedTime(), job.processors(), job.nodes(),
                job.gpus(), l, job.history(), -1, -1);
    }

    /**
     * Random workloads for the property tests: up to {@code maxJobs} jobs submitted in [0,
     * maxSubmit] s, running 1 to {@code maxRun} s with a limit 1 to {@code maxSlack} times that, and
     * asking for 1 to {@code maxSize} nodes, or as many times {@code cpusPerSize} CPUs.
     */
    static Arbitrary<List<Job>> workloads(int maxSubmit, int maxRun, int maxSlack, int maxSize, int cpusPerSize,
                                          int maxJobs) {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, maxSubmit),
                Arbitraries.integers().between(1, maxRun), Arbitraries.integers().between(1, maxSlack),
                Arbitraries.integers().between(1, maxSize), Arbitraries.integers().between(0, 1))
                .as((submit, run, slack, size, byCpu) -> byCpu == 1
                        ? cpuJob(0, submit, run, (long) run * slack, size * cpusPerSize)
                        : job(0, submit, run, (long) run * slack, size));
        return job.list().ofMinSize(1).ofMaxSize(maxJobs).map(SlurmReplay::numbered);
    }

    /** {@code jobs} in submit order, numbered 1, 2, ... in that order (generated jobs all come as id 0). */
    static List<Job> numbered(List<Job> jobs) {
        List<Job> sorted = new ArrayList<>(jobs);
        sorted.sort(Comparator.comparingLong(Job::submitTime));
        List<Job> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Job j = sorted.get(i);
            out.add(new Job(i + 1, j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), j.nodes(), 0,
                    j.labels(), j.history(), -1, -1));
        }
        return out;
    }

    /**
     * {@code workloads} with some submissions made job arrays: each job stands for 1 to
     * {@code maxTasks} tasks of its shape, labels and submit time (sbatch --array), task t of job
     * N getting {@link ArrayTaskIds#of}(N, t).
     */
    static Arbitrary<List<Job>> withArrays(Arbitrary<List<Job>> workloads, int maxTasks) {
        return workloads.flatMap(jobs -> Arbitraries.integers().between(1, maxTasks).list().ofSize(jobs.size())
                .map(counts -> {
                    List<Job> out = new ArrayList<>();
                    for (int i = 0; i < jobs.size(); i++) {
                        Job j = jobs.get(i);
                        if (counts.get(i) == 1) {
                            out.add(j);
                            continue;
                        }
                        for (int t = 0; t < counts.get(i); t++) {
                            Job task = new Job(ArrayTaskIds.of(j.id(), t), j.submitTime(), j.runTime(),
                                    j.requestedTime(), j.processors(), j.nodes(), j.gpus(), j.labels(), j.history(),
                                    -1, -1);
                            out.add(SbatchDependencyTest.linked(task, JobLinks.NONE.asTask(j.id(), t, 0)));
                        }
                    }
                    return out;
                }));
    }

    /** Nodes {@code from}..{@code to} (inclusive, 0-based). */
    static BitSet nodes(int from, int to) {
        BitSet b = new BitSet();
        b.set(from, to + 1);
        return b;
    }

    /** What a replay did. */
    static final class Result implements RunObserver {
        final Map<Long, JobOutcome> outcomes = new LinkedHashMap<>();
        final List<String> rejected = new ArrayList<>();
        /** Runs lost to preemption with requeue, in the order they ended. */
        final List<JobOutcome> requeued = new ArrayList<>();
        /** Jobs that ended more than once (a bug). */
        final List<Long> endedTwice = new ArrayList<>();
        RunStats stats;

        @Override
        public void jobFinished(JobOutcome outcome) {
            if (outcomes.put(outcome.job().id(), outcome) != null) {
                endedTwice.add(outcome.job().id());
            }
        }

        @Override
        public void jobRequeued(JobOutcome run) {
            requeued.add(run);
        }

        @Override
        public void jobRejected(Job job, long now, String reason) {
            rejected.add(job.id() + ": " + reason);
        }

        /** When job {@code id} started, in seconds. */
        long start(long id) {
            return outcomes.get(id).startTime() / SimTime.SECOND;
        }

        /** When job {@code id} ended, in seconds. */
        long end(long id) {
            return outcomes.get(id).endTime() / SimTime.SECOND;
        }
    }

    /** A replay that adds to {@code reserved} the id of each job backfill reserves for. */
    static Result runNotingReservations(SlurmConfig config, List<Job> jobs, List<Long> reserved) {
        Result r = new Result();
        SlurmController controller = new SlurmController(config, new ListJobSource(jobs), true, r);
        controller.listen(new BackfillListener() {
            @Override
            public void reserved(SlurmJob job, long start, long end, BitSet nodes) {
                reserved.add(job.job.id());
            }
        });
        controller.run();
        return r;
    }

    /** The jobs the first backfill pass that reserved anything reserved for, in order. */
    static List<Long> reservedInFirstPass(SlurmConfig config, List<Job> jobs) {
        List<List<Long>> passes = new ArrayList<>();
        SlurmController controller = new SlurmController(config, new ListJobSource(jobs), true,
                new SlurmReplay.Result());
        controller.listen(new BackfillListener() {
            @Override
            public void passStarted(long now) {
                passes.add(new ArrayList<>());
            }

            @Override
            public void reserved(SlurmJob job, long start, long end, BitSet nodes) {
                passes.get(passes.size() - 1).add(job.job.id());
            }
        });
        controller.run();
        return passes.stream().filter(p -> !p.isEmpty()).findFirst().orElseThrow();
    }

    static Result run(SlurmConfig config, List<Job> jobs) {
        Result r = new Result();
        r.stats = new SlurmController(config, new ListJobSource(jobs), true, r).run();
        return r;
    }

    /** A replay on nodes that fail as {@code failures} says, drawn from {@code seed}'s streams. */
    static Result run(SlurmConfig config, List<Job> jobs, NodeFailures failures, long seed) {
        Result r = new Result();
        r.stats = new SlurmController(config, new ListJobSource(jobs), true, r,
                new SlurmRunOptions(List.of(), false, failures, new RandomStreams(seed), null, null)).run();
        return r;
    }

    static SlurmConfig uniform(int nodes, int cpus, SchedulerType type, SelectType select, SchedulerParams p) {
        return SlurmConfig.uniform(nodes, cpus, type, select, p);
    }

    /** A partition of tier {@code tier} whose jobs are preempted as {@code mode} says. */
    static Partition tiered(String name, BitSet nodes, boolean isDefault, int tier, PreemptMode mode) {
        return new Partition(name, nodes, isDefault, tier, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE, mode);
    }

    /** {@code nodes} one-CPU nodes with the given partitions, jobs choosing their partitions. */
    static SlurmConfig partitioned(int nodes, SchedulerType type, SchedulerParams p, Partition... partitions) {
        SlurmConfig u = SlurmConfig.uniform(nodes, 1, type, SelectType.LINEAR, p);
        return new SlurmConfig(u.nodes(), List.of(partitions), type, SelectType.LINEAR, p, true, null);
    }
}
