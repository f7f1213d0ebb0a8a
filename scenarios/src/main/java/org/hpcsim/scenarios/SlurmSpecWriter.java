package org.hpcsim.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.BackfillLimits;
import org.hpcsim.models.slurm.SchedulerParams;
import org.hpcsim.models.slurm.priority.AssociationSpec;
import org.hpcsim.scenarios.spec.MaintenanceSpec;
import org.hpcsim.scenarios.spec.PrioritySpec;
import org.hpcsim.scenarios.spec.SlurmSpec;
import org.hpcsim.scenarios.spec.SlurmTimes;
import org.hpcsim.scenarios.spec.SwitchesText;

/** Writes {@code scheduler.slurm} back as the scenario file spells it (its QOS: {@link SlurmQosWriter}). */
final class SlurmSpecWriter {
    private SlurmSpecWriter() {}

    static Map<String, Object> toMap(SlurmSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.conf() != null) {
            // The slurm.conf gives the scheduler, select plugin, parameters and OverTimeLimit, and the
            // priority unless a multifactor block here overrides it: writing this spec's defaults
            // beside it would misstate the run.
            m.put("conf", s.conf());
            if (s.multifactor() != null) {
                m.put("priority", priority(s.priority()));
            }
        } else {
            controller(s, m);
        }
        if (!s.maintenance().isEmpty()) {
            List<Map<String, Object>> windows = new ArrayList<>();
            for (MaintenanceSpec w : s.maintenance()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", w.name());
                e.put("start", w.start());
                e.put("duration", w.duration());
                e.put("nodes", w.nodes());
                windows.add(e);
            }
            m.put("maintenance", windows);
        }
        SlurmQosWriter.put(s, m);
        if (!s.groups().isEmpty()) {
            m.put("groups", s.groups());
        }
        if (s.params().controllerStart() != 0) {
            m.put("controllerStart", SimTime.toSeconds(s.params().controllerStart()));
        }
        if (s.params().backfillPhase() != 0) {
            m.put("backfillPhase", SimTime.toSeconds(s.params().backfillPhase()));
        }
        String switches = SwitchesText.text(s.switches());
        if (switches != null) {
            m.put("switches", switches);
        }
        return m;
    }

    /** SchedulerType, SelectType, SchedulerParameters, OverTimeLimit and priority, as a scenario spells them. */
    private static void controller(SlurmSpec s, Map<String, Object> m) {
        m.put("scheduler", s.scheduler().name().toLowerCase(Locale.ROOT));
        if (s.select() != null) {
            m.put("select", s.select().name().toLowerCase(Locale.ROOT));
        }
        SchedulerParams p = s.params();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("default_queue_depth", p.defaultQueueDepth());
        params.put("sched_interval", p.schedInterval() / SimTime.SECOND);
        params.put("bf_interval", p.bfInterval() / SimTime.SECOND);
        params.put("bf_resolution", p.bfResolution() / SimTime.SECOND);
        params.put("bf_window", p.bfWindow() / SimTime.MINUTE);
        params.put("bf_max_job_test", p.bfMaxJobTest());
        params.put("batch_sched_delay", p.batchSchedDelay() / SimTime.SECOND);
        params.put("max_switch_wait", p.maxSwitchWait() / SimTime.SECOND);
        if (p.bfWindowLinear() > 0) {
            params.put("bf_window_linear", p.bfWindowLinear() / SimTime.SECOND);
        }
        if (p.builtinInterval() != SchedulerParams.DEFAULT_BUILTIN_INTERVAL) {
            params.put("interval", p.builtinInterval() / SimTime.SECOND);
        }
        if (p.killInvalidDepend()) {
            params.put("kill_invalid_depend", true);
        }
        backfillLimits(p.backfillLimits(), params);
        m.put("parameters", params);
        m.put("overTimeLimit", p.overTimeLimit() / SimTime.MINUTE);
        m.put("priority", priority(s.priority()));
    }

    private static Map<String, Object> priority(PrioritySpec p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", p.multifactor() ? "multifactor" : "basic");
        if (!p.multifactor()) {
            return m;
        }
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("age", p.weights().age());
        weights.put("fairshare", p.weights().fairshare());
        weights.put("jobSize", p.weights().jobSize());
        weights.put("partition", p.weights().partition());
        weights.put("qos", p.weights().qos());
        weights.put("assoc", p.weights().assoc());
        if (!p.weights().tres().isEmpty()) {
            weights.put("tres", new LinkedHashMap<>(p.weights().tres()));
        }
        m.put("weights", weights);
        m.put("maxAge", SlurmTimes.text(p.maxAge()));
        m.put("decayHalfLife", SlurmTimes.text(p.decayHalfLife()));
        m.put("calcPeriod", SlurmTimes.text(p.calcPeriod()));
        m.put("favorSmall", p.favorSmall());
        m.put("fairTree", p.fairTree());
        if (p.accounts() != null) {
            m.put("accounts", p.accounts().stream().map(SlurmSpecWriter::account).toList());
        }
        return m;
    }

    private static Map<String, Object> account(AssociationSpec a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", a.name());
        m.put("shares", shares(a));
        List<Map<String, Object>> users = new ArrayList<>();
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (AssociationSpec c : a.children()) {
            if (c.isUser()) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("user", c.name());
                u.put("shares", shares(c));
                users.add(u);
            } else {
                accounts.add(account(c));
            }
        }
        m.put("users", users);
        m.put("accounts", accounts);
        return m;
    }

    private static Object shares(AssociationSpec a) {
        return a.shares() == AssociationSpec.PARENT ? "parent" : (Object) a.shares();
    }

    /** The per-pass backfill bounds that are set, in slurm.conf's names and units. */
    private static void backfillLimits(BackfillLimits b, Map<String, Object> params) {
        putIfSet(params, "bf_max_job_user", b.maxJobUser());
        putIfSet(params, "bf_max_job_part", b.maxJobPart());
        putIfSet(params, "bf_max_job_user_part", b.maxJobUserPart());
        putIfSet(params, "bf_max_job_assoc", b.maxJobAssoc());
        putIfSet(params, "bf_min_age_reserve", b.minAgeReserve() / SimTime.SECOND);
        putIfSet(params, "bf_min_prio_reserve", b.minPrioReserve());
        putIfSet(params, "bf_job_part_count_reserve", b.jobPartCountReserve());
        putIfSet(params, "bf_max_job_start", b.maxJobStart());
        putIfSet(params, "bf_node_space_size", b.nodeSpaceSize());
        if (b.maxJobArrayResv() != BackfillLimits.DEFAULT_MAX_JOB_ARRAY_RESV) {
            params.put("bf_max_job_array_resv", b.maxJobArrayResv());
        }
    }

    private static void putIfSet(Map<String, Object> params, String key, long value) {
        if (value > 0) {
            params.put(key, value);
        }
    }
}
