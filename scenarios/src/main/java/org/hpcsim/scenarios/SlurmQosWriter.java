package org.hpcsim.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.Preemption;
import org.hpcsim.models.slurm.Qos;
import org.hpcsim.models.slurm.QosPreemptRule;
import org.hpcsim.models.slurm.TresLimit;
import org.hpcsim.scenarios.spec.SlurmSpec;

/** Writes {@code scheduler.slurm}'s QOS and preemption back as the scenario file spells them. */
final class SlurmQosWriter {
    private SlurmQosWriter() {}

    /** Adds {@code qos}, {@code defaultQos} and {@code preemption} of {@code s} to {@code m}, when given. */
    static void put(SlurmSpec s, Map<String, Object> m) {
        if (!s.qos().isEmpty()) {
            List<Map<String, Object>> qos = new ArrayList<>();
            for (Qos q : s.qos()) {
                qos.add(qos(q));
            }
            m.put("qos", qos);
            m.put("defaultQos", s.defaultQos());
        }
        Preemption p = s.preemption();
        if (p != null) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", p.type().name().toLowerCase(Locale.ROOT));
            if (p.enabled()) {
                e.put("mode", p.mode().name().toLowerCase(Locale.ROOT));
                e.put("exemptTime", p.exemptTime() / SimTime.SECOND);
            }
            m.put("preemption", e);
        }
    }

    private static Map<String, Object> qos(Qos q) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", q.name());
        e.put("priority", q.priority());
        putLimit(e, "maxJobsPerUser", q.jobs().maxPerUser());
        putLimit(e, "maxJobsPerAccount", q.jobs().maxPerAccount());
        putLimit(e, "grpJobs", q.jobs().grp());
        putLimit(e, "maxSubmitJobsPerUser", q.jobs().maxSubmitPerUser());
        putTres(e, "grpTres", q.grpTres());
        putTres(e, "maxTresPerUser", q.maxTresPerUser());
        putTres(e, "maxTresPerJob", q.maxTresPerJob());
        putTres(e, "grpTresMins", q.grpTresMins());
        putTres(e, "maxTresMinsPerJob", q.maxTresMinsPerJob());
        if (q.maxWall() != Qos.UNLIMITED) {
            e.put("maxWall", q.maxWall() / SimTime.MINUTE);
        }
        QosPreemptRule r = q.preemption();
        if (!r.preempt().isEmpty()) {
            e.put("preempt", r.preempt());
        }
        if (r.mode() != null) {
            e.put("preemptMode", r.mode().name().toLowerCase(Locale.ROOT));
        }
        if (r.exemptTime() >= 0) {
            e.put("preemptExemptTime", r.exemptTime() / SimTime.SECOND);
        }
        if (r.graceTime() > 0) {
            e.put("graceTime", r.graceTime() / SimTime.SECOND);
        }
        if (q.usageFactor() != 1.0) {
            e.put("usageFactor", q.usageFactor());
        }
        List<String> flags = q.flags().names();
        if (!flags.isEmpty()) {
            e.put("flags", flags);
        }
        return e;
    }

    private static void putTres(Map<String, Object> m, String key, TresLimit t) {
        Map<String, Object> tres = new LinkedHashMap<>();
        putLimit(tres, "cpu", t.cpus());
        putLimit(tres, "node", t.nodes());
        putLimit(tres, "gres/gpu", t.gpus());
        if (!tres.isEmpty()) {
            m.put(key, tres);
        }
    }

    private static void putLimit(Map<String, Object> m, String key, long limit) {
        if (limit != Qos.UNLIMITED) {
            m.put(key, limit);
        }
    }
}
