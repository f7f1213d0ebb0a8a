package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.JobDependency.Type;
import org.hpcsim.models.workload.JobLinks;

/**
 * Over random dependency DAGs: no job starts before its dependencies hold, every job either runs
 * or is reported never started, and a job reported so has a dependency that did not hold.
 */
class SbatchDependencyProperties {
    /** A job's shape and its dependencies as (offset back to an earlier job, type) pairs. */
    record Spec(Job job, List<int[]> deps, boolean anyOf) {}

    @Provide
    Arbitrary<List<Spec>> dags() {
        Arbitrary<int[]> dep = Combinators.combine(Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, Type.AFTERCORR.ordinal())).as((back, type) -> new int[] {back, type});
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(1, 100), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 3), dep.list().ofMaxSize(3), Arbitraries.of(false, true))
                .as((submit, run, slack, nodes, deps, any) -> new Spec(
                        SlurmReplay.job(0, submit, run, Math.max(1, run * slack / 2), nodes), deps, any));
        return spec.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 300)
    void shouldStartNoJobBeforeItsDependenciesHold(@ForAll("dags") List<Spec> specs, @ForAll boolean kill,
                                                   @ForAll boolean preempt) {
        List<Spec> sorted = new ArrayList<>(specs);
        sorted.sort((a, b) -> Long.compare(a.job().submitTime(), b.job().submitTime()));
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Spec s = sorted.get(i);
            List<JobDependency> deps = new ArrayList<>();
            for (int[] d : s.deps()) {
                if (i - d[0] >= 0) {
                    deps.add(new JobDependency(Type.values()[d[1]], i - d[0] + 1));
                }
            }
            Job numbered = SbatchDependencyTest.linked(preempt && i % 3 == 2
                    ? SlurmReplay.inPartition(new Job(i + 1, s.job().submitTime(), s.job().runTime(),
                    s.job().requestedTime(), 1, s.job().nodes(), 0, s.job().labels(), s.job().history(), -1, -1), "high")
                    : new Job(i + 1, s.job().submitTime(), s.job().runTime(),
                    s.job().requestedTime(), 1, s.job().nodes(), 0, s.job().labels(), s.job().history(), -1, -1),
                    new JobLinks(deps, s.anyOf(), -1, -1, 0));
            jobs.add(numbered);
        }
        Cancels cancels = new Cancels();
        SchedulerParams p = SlurmReplay.params(1, 1).withKillInvalidDepend(kill);
        // Under preemption every third job goes to a higher tier and requeues the others' jobs.
        SlurmConfig c = preempt ? SlurmReplay.partitioned(4, SchedulerType.BACKFILL, p,
                SlurmReplay.tiered("low", SlurmReplay.nodes(0, 3), true, 1, PreemptMode.REQUEUE),
                SlurmReplay.tiered("high", SlurmReplay.nodes(0, 3), false, 2, PreemptMode.OFF))
                .withPreemption(Preemption.partitionPrio())
                : SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR, p);
        SlurmReplay.Result r = SbatchDependencyTest.run(c, jobs, cancels);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job runs or is reported");
        for (Job j : jobs) {
            JobOutcome o = r.outcomes.get(j.id());
            long at = o == null ? Long.MAX_VALUE : o.startTime();
            boolean holds = holds(j, at, r, cancels);
            if (o != null) {
                assertTrue(holds, "job " + j.id() + " started at " + at + " before " + j.options().links());
            } else {
                assertTrue(!holds(j, Long.MAX_VALUE - 1, r, cancels), "job " + j.id() + " never ran though "
                        + j.options().links() + " held");
            }
        }
    }

    /** A replay's outcomes, and when jobs were cancelled for a dependency never to be satisfied. */
    static final class Cancels implements RunObserver {
        final Map<Long, Long> cancelledAt = new HashMap<>();

        @Override
        public void jobRejected(Job job, long now, String reason) {
            if (reason.startsWith("cancelled")) {
                cancelledAt.put(job.id(), now);
            }
        }
    }

    /** Whether {@code j}'s dependencies held at {@code at}, judged from the outcomes. */
    private static boolean holds(Job j, long at, SlurmReplay.Result r, Cancels cancels) {
        JobLinks l = j.options().links();
        if (l.dependencies().isEmpty()) {
            return true;
        }
        boolean all = true;
        boolean any = false;
        for (JobDependency d : l.dependencies()) {
            boolean h = holds(d, j.submitTime(), at, r, cancels);
            all &= h;
            any |= h;
        }
        return l.anyOf() ? any : all;
    }

    private static boolean holds(JobDependency d, long submit, long at, SlurmReplay.Result r, Cancels cancels) {
        JobOutcome t = r.outcomes.get(d.jobId());
        if (t == null) {
            // Never ran: a job cancelled (kill_invalid_depend) is no longer pending and ended failed.
            Long c = cancels.cancelledAt.get(d.jobId());
            if (c == null) {
                return false;
            }
            if (c < submit - SchedulerParams.DEFAULT_MIN_JOB_AGE) {
                return true;
            }
            return d.type() != Type.AFTEROK && d.type() != Type.AFTERCORR && c <= at;
        }
        if (t.endTime() < submit - SchedulerParams.DEFAULT_MIN_JOB_AGE) {
            return true; // purged before the dependant came: lifted
        }
        boolean ended = t.endTime() <= at;
        boolean ok = !t.killedAtLimit();
        long firstStart = t.startTime();
        for (JobOutcome lost : r.requeued) {
            firstStart = lost.job().id() == d.jobId() ? Math.min(firstStart, lost.startTime()) : firstStart;
        }
        return switch (d.type()) {
            case AFTER -> firstStart <= at;
            case AFTERANY -> ended;
            case AFTEROK, AFTERCORR -> ended && ok; // aftercorr between jobs outside arrays is afterok
            case AFTERNOTOK -> ended && !ok;
            case SINGLETON -> throw new IllegalStateException("not drawn");
        };
    }
}
