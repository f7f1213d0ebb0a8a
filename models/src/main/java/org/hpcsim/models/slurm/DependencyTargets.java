package org.hpcsim.models.slurm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.JobLinks;

/**
 * What slurmctld knows of the jobs others may depend on: whether each is pending, started or ended
 * and how, and the same for each job array as a whole. A job that ended more than MinJobAge ago is
 * forgotten, as slurmctld purges its record; a dependency on a job it does not know is then lifted
 * (job_scheduler.c, test_job_dependency: "job is gone, dependency lifted"). Every pending or
 * running job also counts in its user's and name's {@link SingletonGroups} group. Facts are from
 * SchedMD/slurm at 284c3b95f08a (2026).
 */
final class DependencyTargets {
    /** How long a finished job is remembered: slurm.conf's MinJobAge. */
    private final long minJobAge;

    /** The state of one dependency, and of a job's dependencies together. */
    enum Verdict { FULFILLED, WAITING, FAILED }

    static final int PENDING = 0;
    static final int STARTED = 1;
    static final int ENDED_OK = 2;
    static final int ENDED_FAILED = 3;

    /** One job's state and who waits for it to change (null until someone does: most jobs have no dependants). */
    static final class Target {
        int state = PENDING;
        List<Waiter> waiters;
        /** The job's user and name, for singleton. */
        SingletonGroups.Group group;
    }

    /** A job array's tasks counted by state, its throttle, and who waits for it. */
    static final class ArrayTarget {
        int known;
        int pending;
        int ended;
        int failed;
        final int maxRunning;
        /** Tasks let into the queue or running, for the throttle. */
        int active;
        final ArrayDeque<SlurmJob> throttled = new ArrayDeque<>();
        final List<Waiter> waiters = new ArrayList<>(1);

        ArrayTarget(int maxRunning) {
            this.maxRunning = maxRunning;
        }
    }

    /** Dependency {@code index} of a held job waits for a target to change. */
    record Waiter(HeldJob held, int index) {}

    private final Map<Long, Target> jobs = new HashMap<>();
    private final Map<Long, ArrayTarget> arrays = new HashMap<>();
    private final SingletonGroups singletons = new SingletonGroups();
    /** Ids of ended jobs and arrays in end order, with their end times, to forget after MinJobAge. */
    private final ArrayDeque<long[]> endedOrder = new ArrayDeque<>();

    /** Targets that forget a job {@code minJobAge} nanoseconds after it ended. */
    DependencyTargets(long minJobAge) {
        this.minJobAge = minJobAge;
    }

    /** A job was submitted: it is known, pending, and counted in its array. */
    void submitted(SlurmJob job) {
        Target t = new Target();
        t.group = singletons.join(job);
        jobs.put(job.job.id(), t);
        JobLinks l = job.job.options().links();
        if (l.inArray()) {
            ArrayTarget a = arrays.computeIfAbsent(l.arrayJobId(), k -> new ArrayTarget(l.arrayMaxRunning()));
            a.known++;
            a.pending++;
        }
    }

    /** The job's own target, or null when it is not known (never submitted, or forgotten). */
    Target job(long id) {
        return jobs.get(id);
    }

    /** The array of a task, or null for a job outside arrays. */
    ArrayTarget arrayOf(SlurmJob job) {
        JobLinks l = job.job.options().links();
        return l.inArray() ? arrays.get(l.arrayJobId()) : null;
    }

    /**
     * Sets the job's state and returns the waiters of the job and of its array, whose
     * dependencies must be tested again; their lists are emptied.
     */
    List<Waiter> changed(SlurmJob job, int state, long now) {
        long id = job.job.id();
        Target t = jobs.get(id);
        if (t == null) {
            return List.of();
        }
        List<Waiter> out = new ArrayList<>(0);
        int before = t.state;
        t.state = state;
        if (t.waiters != null) {
            out.addAll(t.waiters);
            t.waiters = null;
        }
        if (state >= ENDED_OK) {
            endedOrder.add(new long[] {now, id, 0});
        }
        Waiter first = singletons.changed(t.group, job, before, state);
        if (first != null) {
            out.add(first);
        }
        ArrayTarget a = arrayOf(job);
        if (a != null) {
            a.pending += (state == PENDING ? 1 : 0) - (before == PENDING ? 1 : 0);
            if (state >= ENDED_OK) {
                a.ended++;
                a.failed += state == ENDED_FAILED ? 1 : 0;
                if (a.ended == a.known) {
                    endedOrder.add(new long[] {now, job.job.options().links().arrayJobId(), 1});
                }
            }
            out.addAll(a.waiters);
            a.waiters.clear();
        }
        return out;
    }

    /**
     * Tests one dependency; when it must still wait, {@code waiter} is registered with its target.
     * An id that names an array tests all its tasks (job_mgr.c, test_job_array_pending, _complete,
     * _completed), but under aftercorr a task tests the task of its own index when there is one;
     * job_scheduler.c, _test_job_dependency_common, says what each type needs.
     */
    Verdict test(JobDependency d, Waiter waiter) {
        SlurmJob waiting = waiter.held().job;
        if (!d.namesJob()) {
            return singletons.test(jobs.get(waiting.job.id()).group, waiting, waiter);
        }
        boolean pending;
        boolean completed;
        boolean complete;
        long id = decidingJob(d, waiting);
        ArrayTarget a = arrays.get(id);
        Target t = a != null ? null : jobs.get(id);
        if (a != null) {
            pending = a.pending > 0;
            completed = a.ended == a.known;
            complete = completed && a.failed == 0;
        } else if (t == null) {
            return Verdict.FULFILLED;
        } else {
            pending = t.state == PENDING;
            completed = t.state >= ENDED_OK;
            complete = t.state == ENDED_OK;
        }
        Verdict v = switch (d.type()) {
            case AFTER -> pending ? Verdict.WAITING : Verdict.FULFILLED;
            case AFTERANY -> completed ? Verdict.FULFILLED : Verdict.WAITING;
            case AFTEROK, AFTERCORR -> !completed ? Verdict.WAITING : complete ? Verdict.FULFILLED : Verdict.FAILED;
            case AFTERNOTOK -> !completed ? Verdict.WAITING : complete ? Verdict.FAILED : Verdict.FULFILLED;
            case SINGLETON -> throw new IllegalStateException("singleton names no job");
        };
        if (v == Verdict.WAITING) {
            if (a != null) {
                a.waiters.add(waiter);
            } else {
                if (t.waiters == null) {
                    t.waiters = new ArrayList<>(1);
                }
                t.waiters.add(waiter);
            }
        }
        return v;
    }

    /**
     * The id of the task of {@code waiting}'s index in the array {@code id} names ({@code 123} or one
     * of its tasks, {@code 123_4}), or -1 when {@code waiting} is no array task or that task is not
     * known (job_scheduler.c: find_job_array_rec(dep_ptr->job_id, job_ptr->array_task_id)). Tasks are
     * found by the ids {@link ArrayTaskIds} gives them, as jobs.csv names them.
     */
    private long corresponding(long id, SlurmJob waiting) {
        JobLinks l = waiting.job.options().links();
        long array = id >= ArrayTaskIds.BASE ? (id - ArrayTaskIds.BASE) / ArrayTaskIds.STRIDE : id;
        if (!l.inArray() || array < 0 || array > ArrayTaskIds.MAX_ARRAY_ID) {
            return -1;
        }
        long task = ArrayTaskIds.of(array, l.arrayTaskId());
        return jobs.containsKey(task) ? task : -1;
    }

    /** The job whose state decides {@code d} for {@code waiting}: its own, or the corresponding task under aftercorr. */
    private long decidingJob(JobDependency d, SlurmJob waiting) {
        if (d.type() != JobDependency.Type.AFTERCORR || !(arrays.containsKey(d.jobId()) || jobs.containsKey(d.jobId()))) {
            return d.jobId(); // an unknown job is gone: the dependency is lifted before any correspondence
        }
        long task = corresponding(d.jobId(), waiting);
        return task >= 0 ? task : d.jobId();
    }

    /** How the target of {@code d} stands for {@code waiting}, for reports. */
    String describe(JobDependency d, SlurmJob waiting) {
        if (!d.namesJob()) {
            Target own = jobs.get(waiting.job.id());
            return own == null ? "ended" : SingletonGroups.describe(own.group, waiting);
        }
        return describe(decidingJob(d, waiting));
    }

    /** How the job {@code id} stands, for reports. */
    private String describe(long id) {
        ArrayTarget a = arrays.get(id);
        if (a != null) {
            return "array " + id + ": " + a.ended + " of " + a.known + " tasks ended, " + a.failed + " failed";
        }
        Target t = jobs.get(id);
        if (t == null) {
            return "job " + ArrayTaskIds.display(id) + " unknown";
        }
        return "job " + ArrayTaskIds.display(id) + " " + switch (t.state) {
            case PENDING -> "never started";
            case STARTED -> "still running";
            case ENDED_OK -> "completed";
            default -> "failed";
        };
    }

    /** Forgets jobs and arrays that ended more than MinJobAge before {@code now} (purge_old_job). */
    void forgetOld(long now) {
        while (!endedOrder.isEmpty() && endedOrder.peekFirst()[0] < now - minJobAge) {
            long[] e = endedOrder.pollFirst();
            if (e[2] == 0) {
                jobs.remove(e[1]);
            } else {
                ArrayTarget a = arrays.get(e[1]);
                if (a != null && a.ended == a.known) {
                    arrays.remove(e[1]);
                }
            }
        }
    }
}
