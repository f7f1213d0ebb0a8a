package org.hpcsim.models.slurm;

/**
 * One quality of service as sacctmgr defines it (QOS live in the accounting database, not in
 * slurm.conf): its priority, the limits this model enforces and its preemption rule.
 * {@link #UNLIMITED} marks a limit that is not set, as sacctmgr's -1 does.
 *
 * @param name       the QOS's name
 * @param priority   Priority: its share of the QOS factor of priority/multifactor, and under
 *                   preempt/qos the first key of the order its jobs are preempted in
 * @param jobs       MaxJobsPerUser, MaxJobsPerAccount, GrpJobs, MaxSubmitJobsPerUser
 * @param grpTres    GrpTRES: what all running jobs of this QOS may hold together
 * @param maxTresPerUser MaxTRESPerUser: what one user's running jobs in this QOS may hold together
 * @param maxTresPerJob  MaxTRESPerJob: what one job of this QOS may ask for
 * @param maxWall    MaxWall in nanoseconds: the longest time limit a job of this QOS may have
 * @param preemption Preempt, PreemptMode and PreemptExemptTime, used under preempt/qos
 * @param flags      DenyOnLimit and NoReserve
 * @param grpTresMins GrpTRESMins in TRES-minutes: what the QOS's past jobs (usage decayed with
 *                   PriorityDecayHalfLife) and running jobs (what their time limits still hold) may use
 * @param maxTresMinsPerJob MaxTRESMinsPerJob in TRES-minutes: what one job's TRES x time limit may be
 * @param usageFactor UsageFactor: what a second of its jobs counts in fair-share usage and in
 *                   GrpTRESMins usage, 1 by default (priority_multifactor.c _apply_new_usage;
 *                   acct_policy.c scales what a starting job holds by it too)
 */
public record Qos(String name, long priority, QosJobCounts jobs, TresLimit grpTres, TresLimit maxTresPerUser,
                  TresLimit maxTresPerJob, long maxWall, QosPreemptRule preemption, QosFlags flags,
                  TresLimit grpTresMins, TresLimit maxTresMinsPerJob, double usageFactor) {
    /** A limit that is not set. */
    public static final long UNLIMITED = -1;

    /** Validates the QOS. */
    public Qos {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a QOS needs a name");
        }
        // sacctmgr keeps Priority as uint32.
        if (priority < 0 || priority > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("QOS " + name + " priority must be in [0, 2^32-1], got " + priority);
        }
        if (!(usageFactor >= 0) || Double.isInfinite(usageFactor)) {
            throw new IllegalArgumentException("QOS " + name + " UsageFactor must be 0 or more, got " + usageFactor);
        }
        if (maxWall < UNLIMITED) {
            throw new IllegalArgumentException("QOS " + name + " MaxWall must be 0 or more, or unlimited");
        }
        jobs = jobs == null ? QosJobCounts.NONE : jobs;
        grpTres = grpTres == null ? TresLimit.NONE : grpTres;
        maxTresPerUser = maxTresPerUser == null ? TresLimit.NONE : maxTresPerUser;
        maxTresPerJob = maxTresPerJob == null ? TresLimit.NONE : maxTresPerJob;
        preemption = preemption == null ? QosPreemptRule.NONE : preemption;
        flags = flags == null ? QosFlags.NONE : flags;
        grpTresMins = grpTresMins == null ? TresLimit.NONE : grpTresMins;
        maxTresMinsPerJob = maxTresMinsPerJob == null ? TresLimit.NONE : maxTresMinsPerJob;
        if (preemption.preempt().contains(name)) {
            // sacctmgr refuses it: "QOS can't preempt itself".
            throw new IllegalArgumentException("QOS " + name + " cannot preempt itself");
        }
    }

    /** A QOS whose jobs count as used, UsageFactor 1. */
    public Qos(String name, long priority, QosJobCounts jobs, TresLimit grpTres, TresLimit maxTresPerUser,
               TresLimit maxTresPerJob, long maxWall, QosPreemptRule preemption, QosFlags flags,
               TresLimit grpTresMins, TresLimit maxTresMinsPerJob) {
        this(name, priority, jobs, grpTres, maxTresPerUser, maxTresPerJob, maxWall, preemption, flags, grpTresMins,
                maxTresMinsPerJob, 1.0);
    }

    /** A QOS with MaxJobsPerUser and GrpTRES only. */
    public Qos(String name, long priority, long maxJobsPerUser, long grpCpus, long grpNodes, long grpGpus) {
        this(name, priority, QosJobCounts.perUser(maxJobsPerUser), new TresLimit(grpCpus, grpNodes, grpGpus), null,
                null, UNLIMITED, null, null, null, null);
    }

    /** A QOS without limits, as sacctmgr creates {@code normal}. */
    public static Qos unlimited(String name, long priority) {
        return new Qos(name, priority, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    /**
     * This QOS as a second QOS beneath {@code first} limits a job: only the limits {@code first}
     * leaves unset, each TRES on its own (acct_policy.c: the first QOS fills qos_out_ptr, and the
     * second is tested only where it is still INFINITE).
     */
    Qos beneath(Qos first) {
        return new Qos(name, priority, jobs.beneath(first.jobs), grpTres.beneath(first.grpTres),
                maxTresPerUser.beneath(first.maxTresPerUser), maxTresPerJob.beneath(first.maxTresPerJob),
                first.maxWall == UNLIMITED ? maxWall : UNLIMITED, preemption, flags,
                grpTresMins.beneath(first.grpTresMins),
                maxTresMinsPerJob.beneath(first.maxTresMinsPerJob), usageFactor);
    }

    /** This QOS with the job count limits {@code j}. */
    public Qos withJobs(QosJobCounts j) {
        return new Qos(name, priority, j, grpTres, maxTresPerUser, maxTresPerJob, maxWall, preemption, flags,
                grpTresMins, maxTresMinsPerJob, usageFactor);
    }

    /** This QOS with MaxTRESPerUser {@code t}. */
    public Qos withMaxTresPerUser(TresLimit t) {
        return new Qos(name, priority, jobs, grpTres, t, maxTresPerJob, maxWall, preemption, flags,
                grpTresMins, maxTresMinsPerJob, usageFactor);
    }

    /** This QOS with MaxTRESPerJob {@code t}. */
    public Qos withMaxTresPerJob(TresLimit t) {
        return new Qos(name, priority, jobs, grpTres, maxTresPerUser, t, maxWall, preemption, flags,
                grpTresMins, maxTresMinsPerJob, usageFactor);
    }

    /** This QOS with MaxWall {@code nanos}. */
    public Qos withMaxWall(long nanos) {
        return new Qos(name, priority, jobs, grpTres, maxTresPerUser, maxTresPerJob, nanos, preemption, flags,
                grpTresMins, maxTresMinsPerJob, usageFactor);
    }

    /** This QOS with the preemption rule {@code r}. */
    public Qos withPreemption(QosPreemptRule r) {
        return new Qos(name, priority, jobs, grpTres, maxTresPerUser, maxTresPerJob, maxWall, r, flags,
                grpTresMins, maxTresMinsPerJob, usageFactor);
    }

    /** This QOS with the flags {@code f}. */
    public Qos withFlags(QosFlags f) {
        return new Qos(name, priority, jobs, grpTres, maxTresPerUser, maxTresPerJob, maxWall, preemption, f,
                grpTresMins, maxTresMinsPerJob, usageFactor);
    }

    /** This QOS with GrpTRESMins {@code t} (TRES-minutes). */
    public Qos withGrpTresMins(TresLimit t) {
        return new Qos(name, priority, jobs, grpTres, maxTresPerUser, maxTresPerJob, maxWall, preemption, flags, t,
                maxTresMinsPerJob, usageFactor);
    }

    /** This QOS with MaxTRESMinsPerJob {@code t} (TRES-minutes). */
    public Qos withMaxTresMinsPerJob(TresLimit t) {
        return new Qos(name, priority, jobs, grpTres, maxTresPerUser, maxTresPerJob, maxWall, preemption, flags,
                grpTresMins, t, usageFactor);
    }

    /** This QOS with UsageFactor {@code f}. */
    public Qos withUsageFactor(double f) {
        return new Qos(name, priority, jobs, grpTres, maxTresPerUser, maxTresPerJob, maxWall, preemption, flags,
                grpTresMins, maxTresMinsPerJob, f);
    }
}
