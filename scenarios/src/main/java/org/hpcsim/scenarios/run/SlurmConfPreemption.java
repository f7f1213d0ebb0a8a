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
 * slurm.conf's preemption keys as the model takes them: PreemptType=preempt/partition_prio with
 * PreemptExemptTime, KillWait and the preempt_* SchedulerParameters; each partition's mode is read
 * with the partition. preempt/qos and the SUSPEND mode are noted as not modelled.
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
        String file = conf.path().getFileName().toString();
        String type = p.type().toLowerCase(Locale.ROOT);
        if (type.equals("preempt/none")) {
            return Preemption.NONE;
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
            if (modes.contains(PreemptMode.SUSPEND) && !modes.contains(PreemptMode.REQUEUE)
                    && !modes.contains(PreemptMode.CANCEL)) {
                notes.add(part.at() + ": PreemptMode=SUSPEND is not modelled yet: jobs of partition " + part.name()
                        + " are never preempted");
            }
        }
        SchedulerParameters sp = conf.scheduling().schedulerParameters();
        int reorder = sp.preemptReorderCount();
        long guard = SimTime.seconds(conf.scheduling().killWaitSeconds() + MESSAGE_TIMEOUT_S);
        return new Preemption(PreemptType.PARTITION_PRIO, p.exemptTime().toNanos(),
                sp.has("preempt_youngest_first"), reorder, sp.has("preempt_strict_order"),
                SimTime.seconds(REQUEUE_DELAY_S), guard);
    }

    /** The modes that preempt: GANG and WITHIN say nothing about what happens to a preempted job. */
    private static Set<PreemptMode> effective(Set<PreemptMode> modes) {
        Set<PreemptMode> out = EnumSet.noneOf(PreemptMode.class);
        out.addAll(modes);
        out.removeAll(EnumSet.of(PreemptMode.OFF, PreemptMode.GANG, PreemptMode.WITHIN));
        return out;
    }
}
