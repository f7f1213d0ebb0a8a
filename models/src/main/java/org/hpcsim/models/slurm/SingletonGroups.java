package org.hpcsim.models.slurm;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.hpcsim.models.workload.JobLabels;

/**
 * The jobs sbatch's {@code --dependency=singleton} looks at: for each user and job name, the jobs
 * that are pending or running, in submission order. A singleton job may go once no job of its
 * group runs and none submitted before it is pending (job_scheduler.c, _find_singleton_job:
 * "already running/suspended job or previously submitted pending job", earlier meaning a smaller
 * job id, which the submission order stands for). So only the first pending job of a group can
 * go, and only when none runs: a change tests that one alone. An empty user or name is a value
 * like any other (sbatch always gives a job a name, its script's by default). Facts are from
 * SchedMD/slurm at 284c3b95f08a (2026) and slurm-22-05-9-1, which agree.
 */
final class SingletonGroups {
    /** The pending and running jobs of one user and name, in submission order, and the singleton jobs waiting among them. */
    static final class Group {
        final String user;
        final String name;
        final LinkedHashSet<SlurmJob> live = new LinkedHashSet<>();
        int running;
        /** Held jobs whose singleton dependency waits, by job; null until one does. */
        Map<SlurmJob, DependencyTargets.Waiter> waiters;

        Group(String user, String name) {
            this.user = user;
            this.name = name;
        }
    }

    private final Map<String, Map<String, Group>> byUser = new HashMap<>();

    /** A job was submitted: it is pending in its group, which it returns. */
    Group join(SlurmJob job) {
        JobLabels l = job.job.labels();
        Group g = byUser.computeIfAbsent(l.user(), u -> new HashMap<>()).computeIfAbsent(l.name(),
                n -> new Group(l.user(), n));
        g.live.add(job);
        return g;
    }

    /**
     * A job of {@code g} went from state {@code before} to {@code state} (the states of
     * {@link DependencyTargets}); returns the waiter to test again, the first pending job's if it
     * waits for its singleton, else null.
     */
    DependencyTargets.Waiter changed(Group g, SlurmJob job, int before, int state) {
        g.running += (state == DependencyTargets.STARTED ? 1 : 0) - (before == DependencyTargets.STARTED ? 1 : 0);
        if (state >= DependencyTargets.ENDED_OK) {
            g.live.remove(job);
            if (g.waiters != null) {
                g.waiters.remove(job);
            }
            if (g.live.isEmpty()) {
                Map<String, Group> names = byUser.get(g.user);
                names.remove(g.name);
                if (names.isEmpty()) {
                    byUser.remove(g.user);
                }
                return null;
            }
        }
        return g.waiters == null || g.waiters.isEmpty() ? null : g.waiters.remove(g.live.iterator().next());
    }

    /** Whether {@code job}'s singleton dependency holds; when it does not, {@code waiter} is registered. */
    DependencyTargets.Verdict test(Group g, SlurmJob job, DependencyTargets.Waiter waiter) {
        if (g.running == 0 && g.live.iterator().next() == job) {
            return DependencyTargets.Verdict.FULFILLED;
        }
        if (g.waiters == null) {
            g.waiters = new LinkedHashMap<>();
        }
        g.waiters.put(job, waiter);
        return DependencyTargets.Verdict.WAITING;
    }

    /** What holds {@code job} back, for reports. */
    static String describe(Group g, SlurmJob job) {
        int before = 0;
        for (SlurmJob j : g.live) {
            if (j == job) {
                break;
            }
            before++;
        }
        return "user '" + g.user + "', name '" + g.name + "': " + g.running + " running, " + before
                + " submitted before it not ended";
    }
}
