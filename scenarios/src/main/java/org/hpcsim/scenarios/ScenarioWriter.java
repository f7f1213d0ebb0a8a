package org.hpcsim.scenarios;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SyntheticSpec;

/**
 * Renders a scenario as the nested map of its file format, in a fixed key order, so that outputs
 * can echo exactly what ran in a form that can be run again.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {}

    /** The scenario as ordered maps of the file's keys. */
    public static Map<String, Object> toMap(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("seed", s.seed());
        if (s.cluster() != null) {
            m.put("cluster", cluster(s.cluster()));
        }
        Map<String, Object> scheduler = new LinkedHashMap<>();
        scheduler.put("policy", s.scheduler().policy().word());
        scheduler.put("killAtTimeLimit", s.scheduler().killAtTimeLimit());
        m.put("scheduler", scheduler);
        Map<String, Object> workload = new LinkedHashMap<>();
        if (s.workload().trace() != null) {
            workload.put("trace", s.workload().trace());
        } else {
            workload.put("synthetic", synthetic(s.workload().synthetic()));
        }
        m.put("workload", workload);
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("dir", s.outputDir());
        outputs.put("jobsCsv", s.outputs().jobsCsv());
        m.put("outputs", outputs);
        return m;
    }

    private static Map<String, Object> cluster(ClusterSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", c.nodes());
        m.put("coresPerNode", c.coresPerNode());
        m.put("allocation", c.allocation().name().toLowerCase(Locale.ROOT));
        return m;
    }

    private static Map<String, Object> synthetic(SyntheticSpec y) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobs", y.jobs());
        m.put("load", y.load());
        m.put("serialFraction", y.serialFraction());
        m.put("powerOfTwoFraction", y.powerOfTwoFraction());
        m.put("maxProcessors", y.maxProcessors());
        m.put("medianRuntime", y.medianRuntime());
        m.put("runtimeSigma", y.runtimeSigma());
        m.put("maxRuntime", y.maxRuntime());
        m.put("maxOverestimate", y.maxOverestimate());
        return m;
    }
}
