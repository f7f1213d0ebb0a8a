package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.PreemptMode;
import org.hpcsim.models.slurm.Qos;
import org.hpcsim.models.slurm.QosFlags;
import org.hpcsim.models.slurm.QosJobCounts;
import org.hpcsim.models.slurm.QosPreemptRule;
import org.hpcsim.models.slurm.TresLimit;

/**
 * One QOS of {@code scheduler.slurm.qos}, as sacctmgr would define it: {@code {name, priority,
 * maxJobsPerUser, maxJobsPerAccount, grpJobs, maxSubmitJobsPerUser, grpTres, maxTresPerUser,
 * maxTresPerJob: {cpu, node, gres/gpu}, grpTresMins, maxTresMinsPerJob (TRES-minutes), maxWall
 * (minutes), preempt: [names], preemptMode, preemptExemptTime (seconds), graceTime (seconds), flags: [DenyOnLimit,
 * NoReserve, OverPartQOS, PartitionMaxNodes, PartitionMinNodes, PartitionTimeLimit], usageFactor}}.
 * Limits left out are unlimited.
 * Other Slurm QOS flags are refused by name as not modelled, so a scenario never means one silently.
 */
record QosEntry(Qos qos) {
    private static final List<String> TRES = List.of("cpu", "node", "gres/gpu");
    /** sacctmgr's QOS flags (slurmdb_defs.c slurmdb_qos_flags_map) that this model does not act on. */
    private static final List<String> UNMODELLED_FLAGS = List.of("EnforceUsageThreshold", "NoDecay",
            "PartQOS", "Relative",
            "RequiresReservation", "UsageFactorSafe");

    @JsonCreator
    static QosEntry fromFile(@JsonProperty("name") String name, @JsonProperty("priority") Long priority,
                             @JsonProperty("maxJobsPerUser") Long maxJobsPerUser,
                             @JsonProperty("maxJobsPerAccount") Long maxJobsPerAccount,
                             @JsonProperty("grpJobs") Long grpJobs,
                             @JsonProperty("maxSubmitJobsPerUser") Long maxSubmitJobsPerUser,
                             @JsonProperty("grpTres") Map<String, Long> grpTres,
                             @JsonProperty("maxTresPerUser") Map<String, Long> maxTresPerUser,
                             @JsonProperty("maxTresPerJob") Map<String, Long> maxTresPerJob,
                             @JsonProperty("grpTresMins") Map<String, Long> grpTresMins,
                             @JsonProperty("maxTresMinsPerJob") Map<String, Long> maxTresMinsPerJob,
                             @JsonProperty("maxWall") Long maxWall,
                             @JsonProperty("preempt") List<String> preempt,
                             @JsonProperty("preemptMode") String preemptMode,
                             @JsonProperty("preemptExemptTime") Long preemptExemptTime,
                             @JsonProperty("graceTime") Long graceTime,
                             @JsonProperty("flags") List<String> flags,
                             @JsonProperty("usageFactor") Double usageFactor) {
        InvalidFieldException.require(name != null && !name.isBlank(), "name", "is required (the QOS's name)");
        InvalidFieldException.require(priority == null || (priority >= 0 && priority <= 0xFFFF_FFFFL), "priority",
                "must be a whole number from 0 to 4294967295, got " + priority);
        QosJobCounts jobs = new QosJobCounts(count("maxJobsPerUser", maxJobsPerUser),
                count("maxJobsPerAccount", maxJobsPerAccount), count("grpJobs", grpJobs),
                count("maxSubmitJobsPerUser", maxSubmitJobsPerUser));
        long wall = count("maxWall", maxWall);
        long exempt = count("preemptExemptTime", preemptExemptTime);
        InvalidFieldException.require(preempt == null || !preempt.contains(name), "preempt",
                "QOS " + name + " names itself (a QOS cannot preempt itself)");
        long grace = count("graceTime", graceTime);
        QosPreemptRule rule = new QosPreemptRule(preempt, mode(preemptMode),
                exempt == Qos.UNLIMITED ? -1 : SimTime.seconds(exempt),
                grace == Qos.UNLIMITED ? 0 : SimTime.seconds(grace));
        // sacctmgr(1): UsageFactor defaults to 1; a negative one is refused.
        InvalidFieldException.require(usageFactor == null || (usageFactor >= 0 && Double.isFinite(usageFactor)),
                "usageFactor", "must be a number of 0 or more, got " + usageFactor);
        return new QosEntry(new Qos(name, priority == null ? 0 : priority, jobs, tres("grpTres", grpTres),
                tres("maxTresPerUser", maxTresPerUser), tres("maxTresPerJob", maxTresPerJob),
                wall == Qos.UNLIMITED ? Qos.UNLIMITED : SimTime.seconds(wall * 60), rule, flags(flags),
                tres("grpTresMins", grpTresMins), tres("maxTresMinsPerJob", maxTresMinsPerJob),
                usageFactor == null ? 1.0 : usageFactor));
    }

    /** sacctmgr matches flag names without regard to case. */
    private static QosFlags flags(List<String> names) {
        List<String> set = new ArrayList<>();
        String allowed = String.join(", ", QosFlags.NAMES);
        for (String name : names == null ? List.<String>of() : names) {
            String word = name == null ? "" : name.trim();
            String known = QosFlags.NAMES.stream().filter(word::equalsIgnoreCase).findFirst().orElse(null);
            if (known != null) {
                set.add(known);
            } else if (UNMODELLED_FLAGS.stream().anyMatch(word::equalsIgnoreCase)) {
                throw new InvalidFieldException("flags", "'" + word + "' is a Slurm QOS flag this model does not act on"
                        + " yet (allowed: " + allowed + ")");
            } else {
                throw new InvalidFieldException("flags", "unknown QOS flag '" + word + "' (allowed: " + allowed + ")");
            }
        }
        return QosFlags.of(set);
    }

    private static long count(String field, Long v) {
        InvalidFieldException.require(v == null || v >= 0, field, "must be 0 or more, got " + v);
        return v == null ? Qos.UNLIMITED : v;
    }

    private static TresLimit tres(String field, Map<String, Long> given) {
        Map<String, Long> tres = given == null ? Map.of() : given;
        for (Map.Entry<String, Long> e : tres.entrySet()) {
            InvalidFieldException.require(TRES.contains(e.getKey()), field,
                    "unknown TRES '" + e.getKey() + "' (allowed: cpu, node, gres/gpu)");
            InvalidFieldException.require(e.getValue() != null && e.getValue() >= 0, field + "." + e.getKey(),
                    "must be 0 or more, got " + e.getValue());
        }
        return new TresLimit(orUnlimited(tres.get("cpu")), orUnlimited(tres.get("node")),
                orUnlimited(tres.get("gres/gpu")));
    }

    /** sacctmgr: "OFF", "" or "Cluster" leave the cluster's PreemptMode in force. */
    private static PreemptMode mode(String word) {
        if (word == null) {
            return null;
        }
        switch (word.toLowerCase(Locale.ROOT)) {
            case "cancel":
                return PreemptMode.CANCEL;
            case "requeue":
                return PreemptMode.REQUEUE;
            case "off":
            case "cluster":
                return null;
            case "suspend":
            case "gang":
                throw new InvalidFieldException("preemptMode", "'" + word + "' is not modelled yet (allowed: cancel,"
                        + " requeue, off or cluster for the cluster's mode)");
            default:
                throw new InvalidFieldException("preemptMode", "unknown mode '" + word + "' (allowed: cancel, requeue,"
                        + " off or cluster for the cluster's mode)");
        }
    }

    private static long orUnlimited(Long v) {
        return v == null ? Qos.UNLIMITED : v;
    }
}
