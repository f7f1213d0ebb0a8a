package org.hpcsim.scenarios.run;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.PreemptType;
import org.hpcsim.models.slurm.Preemption;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.slurmconf.Partition;
import org.hpcsim.scenarios.slurmconf.PreemptMode;
import org.hpcsim.scenarios.slurmconf.PreemptionConfig;
import org.hpcsim.scenarios.slurmconf.SchedulerParameters;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/**
 * slurm.conf's preemption keys as the model takes them: PreemptType=preempt/partition_prio or
 * preempt/qos with PreemptExemptTime, KillWait and the preempt_* SchedulerParameters; each
 * partition's mode is read with the partition, and under preempt/qos the cluster-wide PreemptMode
 * is what a QOS without its own gets (the QOS come from the scenario, as they live in slurmdbd).
 * The SUSPEND mode, and WITHIN under preempt/qos, are noted as not modelled.
 */
final class SlurmConfPreemption {
    /** slurm.conf(5), 22.05, MessageTimeout: "The default value is 10 seconds"; the key is not read. */
    private static final long MESSAGE_TIMEOUT_S = 10;
    /** slurm_cred.c (22.05) DEFAULT_EXPIRATION_WINDOW 120 s; job_mgr.c adds 1 s to a requeued job's begin time. */
    private static final long REQUEUE_DELAY_S = 121;

    private SlurmConfPreemption() {}

    /** The model's preemption for {@code conf}; what it does not model goes to {@code notes}. */
    static Preemption of(SlurmConf conf, List<String> notes) {
        PreemptionConfig p = conf.preemption();
        String file = conf.path().toString();
        String type = p.type().toLowerCase(Locale.ROOT);
        if (type.equals("preempt/none")) {
            // read_config.c (22.05): preempt/none with a mode other than OFF (GANG aside) is an error.
            Set<PreemptMode> modes = EnumSet.copyOf(p.mode());
            modes.removeAll(EnumSet.of(PreemptMode.OFF, PreemptMode.GANG));
            if (!modes.isEmpty()) {
                throw new ScenarioException(conf.path() + ": PreemptType=preempt/none needs PreemptMode OFF (GANG"
                        + " aside), not " + modes + " (slurmctld refuses the pair: \"PreemptType and PreemptMode"
                        + " values incompatible\")");
            }
            return Preemption.NONE;
        }
        if (type.equals("preempt/qos")) {
            return qos(conf, notes, file);
        }
        if (!type.equals("preempt/partition_prio")) {
            notes.add(file + ": PreemptType=" + p.type() + " is not modelled yet: no job is ever preempted");
            return Preemption.NONE;
        }
        if (effective(p.mode()).isEmpty()) {
            // read_config.c (22.05): partition_prio with PreemptMode OFF (GANG and WITHIN aside) is an error.
            throw new ScenarioException(conf.path() + ": PreemptType=preempt/partition_prio needs a PreemptMode"
                    + " other than OFF (slurmctld refuses the pair: \"PreemptType and PreemptMode values incompatible\")");
        }
        for (Partition part : conf.partitions()) {
            Set<PreemptMode> modes = effective(part.preemptMode().orElse(p.mode()));
            if (modes.contains(PreemptMode.SUSPEND)) {
                notes.add(part.at() + ": PreemptMode=SUSPEND is not modelled yet: jobs of partition " + part.name()
                        + " are never preempted");
            }
        }
        return settings(conf, PreemptType.PARTITION_PRIO, org.hpcsim.models.slurm.PreemptMode.CANCEL);
    }

    /**
     * preempt/qos: the cluster-wide PreemptMode must preempt (slurm.conf(5): preempt/qos "is not
     * compatible with PreemptMode=OFF"); the value sets one mode at most (PreemptMode.parse).
     */
    private static Preemption qos(SlurmConf conf, List<String> notes, String file) {
        if (conf.preemption().mode().contains(PreemptMode.WITHIN)) {
            notes.add(file + ": PreemptMode=WITHIN is not modelled yet: jobs of one QOS never preempt one another"
                    + " nor sort before one another by priority ahead of PriorityTier");
        }
        Set<PreemptMode> modes = effective(conf.preemption().mode());
        if (modes.contains(PreemptMode.REQUEUE)) {
            return settings(conf, PreemptType.QOS, org.hpcsim.models.slurm.PreemptMode.REQUEUE);
        }
        if (modes.contains(PreemptMode.CANCEL)) {
            return settings(conf, PreemptType.QOS, org.hpcsim.models.slurm.PreemptMode.CANCEL);
        }
        if (modes.contains(PreemptMode.SUSPEND)) {
            notes.add(file + ": PreemptMode=SUSPEND is not modelled yet: under preempt/qos no job is preempted"
                    + " (nor sorted before the jobs it could preempt)");
            return Preemption.NONE;
        }
        throw new ScenarioException(conf.path() + ": PreemptType=preempt/qos needs a PreemptMode other than OFF"
                + " (slurmctld refuses the pair: \"PreemptType and PreemptMode values incompatible\")");
    }

    private static Preemption settings(SlurmConf conf, PreemptType type, org.hpcsim.models.slurm.PreemptMode mode) {
        SchedulerParameters sp = conf.scheduling().schedulerParameters();
        int reorder = sp.preemptReorderCount();
        long guard = SimTime.seconds(conf.scheduling().killWaitSeconds() + MESSAGE_TIMEOUT_S);
        return new Preemption(type, conf.preemption().exemptTime().toNanos(), sp.has("preempt_youngest_first"), reorder,
                sp.has("preempt_strict_order"), SimTime.seconds(REQUEUE_DELAY_S), guard, mode);
    }

    /** The modes that preempt: GANG and WITHIN say nothing about what happens to a preempted job. */
    private static Set<PreemptMode> effective(Set<PreemptMode> modes) {
        Set<PreemptMode> out = EnumSet.noneOf(PreemptMode.class);
        out.addAll(modes);
        out.removeAll(EnumSet.of(PreemptMode.OFF, PreemptMode.GANG, PreemptMode.WITHIN));
        return out;
    }
}
