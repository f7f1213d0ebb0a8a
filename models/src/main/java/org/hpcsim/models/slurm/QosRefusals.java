package org.hpcsim.models.slurm;

/**
 * Why a QOS refuses a job at submission, in Slurm's pending-reason words. Under DenyOnLimit,
 * acct_policy.c (_qos_policy_validate with strict_checking) tests the request alone, in this order:
 * MaxTRESPerUser, GrpTRES, MaxTRESMinsPerJob, GrpTRESMins, MaxWall, MaxTRESPerJob; its job count limits (GrpJobs, MaxJobsPer*) are
 * not tested at submission. Without the flag slurmctld accepts the job and holds it pending forever
 * when its QOS could never let it run; this model refuses such a job too, naming the reason.
 */
final class QosRefusals {
    private QosRefusals() {}

    /** The limit DenyOnLimit refuses {@code r} for, or null: the request alone against each limit. */
    static String deniedOnLimit(Qos qos, JobRequest r, long timeLimit) {
        long nodes = Math.max(r.minNodes(), 1);
        String tres = qos.maxTresPerUser().exceededBy(r.cpus(), nodes, r.gpus());
        if (tres != null) {
            return reason("QOSMax", tres, "PerUser") + ": request over MaxTRESPerUser";
        }
        tres = qos.grpTres().exceededBy(r.cpus(), nodes, r.gpus());
        if (tres != null) {
            return reason("QOSGrp", tres, "") + ": request over GrpTRES";
        }
        tres = QosTresMinutes.requestOver(qos.maxTresMinsPerJob(), r.cpus(), nodes, r.gpus(), timeLimit,
                QosTresMinutes.PER_JOB_REASONS);
        if (tres != null) {
            return tres + ": request over MaxTRESMinsPerJob";
        }
        tres = QosTresMinutes.requestOver(qos.grpTresMins(), r.cpus(), nodes, r.gpus(), timeLimit);
        if (tres != null) {
            return tres + ": request over GrpTRESMins";
        }
        if (qos.maxWall() != Qos.UNLIMITED && r.timeLimit() > qos.maxWall()) {
            return "QOSMaxWallDurationPerJobLimit: time limit over MaxWall";
        }
        tres = qos.maxTresPerJob().exceededBy(r.cpus(), nodes, r.gpus());
        return tres == null ? null : reason("QOSMax", tres, "PerJob") + ": request over MaxTRESPerJob";
    }

    /**
     * Slurm's pending reason for a job that {@code qos} would hold forever, or null; {@code timeLimit}
     * is the one the job will have (0: none).
     */
    static String neverRuns(Qos qos, JobRequest r, Allocation least, long timeLimit) {
        QosJobCounts jobs = qos.jobs();
        if (jobs.grp() == 0) {
            return "QOSGrpJobsLimit: GrpJobs=0";
        }
        if (jobs.maxPerAccount() == 0) {
            return "QOSMaxJobsPerAccount: MaxJobsPerAccount=0";
        }
        if (jobs.maxPerUser() == 0) {
            return "QOSMaxJobsPerUserLimit: MaxJobsPerUser=0";
        }
        if (jobs.maxSubmitPerUser() == 0) {
            return "QOSMaxSubmitJobPerUserLimit: MaxSubmitJobsPerUser=0";
        }
        if (qos.maxWall() != Qos.UNLIMITED && r.timeLimit() > qos.maxWall()) {
            return "QOSMaxWallDurationPerJobLimit: time limit over MaxWall";
        }
        long nodes = Math.max(r.minNodes(), 1);
        String tres = qos.maxTresPerJob().exceededBy(r.cpus(), nodes, r.gpus());
        if (tres != null) {
            return reason("QOSMax", tres, "PerJob") + ": request over MaxTRESPerJob";
        }
        long cpus = least == null ? r.cpus() : Math.max(r.cpus(), least.totalCpus());
        long gpus = least == null ? r.gpus() : Math.max(r.gpus(), least.totalGpus());
        nodes = least == null ? nodes : Math.max(nodes, least.nodeCount());
        tres = qos.maxTresPerUser().exceededBy(cpus, nodes, gpus);
        if (tres != null) {
            return reason("QOSMax", tres, "PerUser") + ": request over MaxTRESPerUser";
        }
        tres = qos.grpTres().exceededBy(cpus, nodes, gpus);
        if (tres != null) {
            return reason("QOSGrp", tres, "") + ": request over GrpTRES";
        }
        tres = QosTresMinutes.requestOver(qos.maxTresMinsPerJob(), cpus, nodes, gpus, timeLimit,
                QosTresMinutes.PER_JOB_REASONS);
        if (tres != null) {
            return tres + ": request over MaxTRESMinsPerJob";
        }
        tres = QosTresMinutes.requestOver(qos.grpTresMins(), cpus, nodes, gpus, timeLimit);
        return tres == null ? null : tres + ": request over GrpTRESMins";
    }

    /** slurm.h job_state_reason names: QOSMaxCpuPerJobLimit, QOSMaxNodePerUserLimit, QOSGrpGRES and the like. */
    static String reason(String prefix, String tres, String suffix) {
        return prefix + tres + suffix + (tres.equals("GRES") ? "" : "Limit");
    }
}
