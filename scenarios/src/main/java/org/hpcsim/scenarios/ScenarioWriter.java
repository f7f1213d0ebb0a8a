package org.hpcsim.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.SpotSpec;
import org.hpcsim.scenarios.spec.StorageSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.GpuTrainingSpec;
import org.hpcsim.scenarios.spec.LublinSpec;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.spec.RuntimeSpec;
import org.hpcsim.scenarios.spec.SizeSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.spec.TransformSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;

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
        if (s.scheduler().slurm() != null) {
            scheduler.put("slurm", SlurmSpecWriter.toMap(s.scheduler().slurm()));
        }
        if (s.scheduler().kubernetes() != null) {
            scheduler.put("kubernetes", KubernetesWriter.toMap(s.scheduler().kubernetes()));
        }
        m.put("scheduler", scheduler);
        m.put("workload", workload(s.workload()));
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("dir", s.outputDir());
        outputs.put("jobsCsv", s.outputs().jobsCsv());
        outputs.put("timeseries", s.outputs().timeseries());
        outputs.put("timeseriesStep", s.outputs().timeseriesStep());
        m.put("outputs", outputs);
        if (!s.storage().isEmpty()) {
            List<Map<String, Object>> storage = new ArrayList<>();
            for (StorageSpec st : s.storage()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", st.name());
                e.put("type", st.type());
                if (st.capacityGiB() > 0) {
                    e.put("capacityGiB", st.capacityGiB());
                }
                e.put("pricePerGiBMonth", st.pricePerGiBMonth());
                storage.add(e);
            }
            m.put("storage", storage);
        }
        if (s.hardware() != null) {
            m.put("hardware", HardwareWriter.toMap(s.hardware()));
        }
        return m;
    }

    private static Map<String, Object> cluster(ClusterSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        // A batch environment sizes the nodes itself; it is echoed as given, below.
        if (c.batch() == null) {
            m.put("nodes", c.nodes());
            m.put("coresPerNode", c.coresPerNode());
        }
        if (c.gpusPerNode() > 0) {
            m.put("gpusPerNode", c.gpusPerNode());
        }
        m.put("allocation", c.allocation().name().toLowerCase(Locale.ROOT));
        if (c.dynamicNodes() > 0 || c.batch() != null) {
            if (c.batch() == null) {
                m.put("dynamicNodes", c.dynamicNodes());
            }
            m.put("bootTime", c.bootTime().isDrawn() ? runtime(c.bootTime().distribution()) : c.bootTime().seconds());
            if (c.batch() == null || c.batch().minScaleDownDelayMinutes() == 0) {
                m.put("scaledownIdleTime", c.scaledownIdleTime());
            }
        }
        if (c.batch() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("minvCpus", c.batch().minvCpus());
            b.put("maxvCpus", c.batch().maxvCpus());
            b.put("instanceType", c.instanceType());
            if (c.batch().minScaleDownDelayMinutes() > 0) {
                b.put("minScaleDownDelayMinutes", c.batch().minScaleDownDelayMinutes());
            }
            m.put("batch", b);
        }
        if (c.capacity() != null) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("insufficientProbability", c.capacity().insufficientProbability());
            k.put("downTime", c.capacity().downTime());
            m.put("capacity", k);
        }
        if (c.maxLaunches() > 0) {
            m.put("maxLaunches", c.maxLaunches());
        }
        if (c.instanceType() != null) {
            m.put("instanceType", c.instanceType());
        }
        if (c.computeResources() != null) {
            m.put("computeResources", c.computeResources());
        }
        if (c.headNode() != null) {
            m.put("headNode", c.headNode());
        }
        if (c.pricing() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("capacity", c.pricing().capacity());
            p.put("perNodeHour", c.pricing().perNodeHour());
            if (c.pricing().spotPrices() != null) {
                p.put("spotPrices", c.pricing().spotPrices());
            } else {
                p.put("spotDiscount", c.pricing().spotDiscount());
            }
            m.put("pricing", p);
        }
        if (c.spot() != null) {
            m.put("spot", spot(c.spot()));
        }
        if (c.failures() != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("mtbf", c.failures().mtbfHours());
            f.put("mttr", c.failures().mttrHours());
            f.put("requeue", c.failures().requeue());
            if (c.failures().checkpointInterval() > 0) {
                f.put("checkpoint", checkpoint(c.failures().checkpointInterval(), c.failures().checkpointOverhead()));
            }
            m.put("failures", f);
        }
        return m;
    }

    private static Map<String, Object> checkpoint(double interval, double overhead) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("interval", interval);
        c.put("overhead", overhead);
        return c;
    }

    private static Map<String, Object> spot(SpotSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("share", s.share());
        if (s.band() != null) {
            m.put("interruptionFrequency", s.band());
        } else {
            m.put("interruptionRate", s.monthlyFraction());
        }
        m.put("requeue", s.requeue());
        m.put("replacementTime", s.replacementTime());
        if (s.checkpointInterval() > 0) {
            m.put("checkpoint", checkpoint(s.checkpointInterval(), s.checkpointOverhead()));
        }
        return m;
    }

    private static Map<String, Object> workload(WorkloadSpec w) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (w.trace() != null) {
            m.put("trace", w.trace());
            if (w.format() != null) {
                m.put("format", w.format());
            }
            m.put("timezone", w.timezone());
            m.put("dependencies", w.dependencies());
        } else {
            m.put("synthetic", synthetic(w.synthetic()));
        }
        if (!w.transforms().isIdentity()) {
            m.put("transforms", transforms(w.transforms()));
        }
        return m;
    }

    private static Map<String, Object> synthetic(SyntheticSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", spec.model());
        m.put("jobs", spec.jobs());
        m.put("load", spec.load());
        if (spec instanceof PoissonSpec y) {
            m.put("serialFraction", y.serialFraction());
            m.put("powerOfTwoFraction", y.powerOfTwoFraction());
            m.put("maxProcessors", y.maxProcessors());
            if (y.size() != null) {
                m.put("size", size(y.size()));
            }
            m.put("runtime", runtime(y.runtime()));
            m.put("maxRuntime", y.maxRuntime());
            m.put("maxOverestimate", y.maxOverestimate());
        } else if (spec instanceof LublinSpec l) {
            m.put("maxOverestimate", l.maxOverestimate());
        } else if (spec instanceof GpuTrainingSpec g) {
            m.put("cpusPerGpu", g.cpusPerGpu());
        }
        return m;
    }

    private static Map<String, Object> size(SizeSpec size) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("distribution", size.name());
        if (size instanceof SizeSpec.Uniform u) {
            m.put("min", u.min());
            m.put("max", u.max());
        } else if (size instanceof SizeSpec.Zipf z) {
            m.put("max", z.max());
            m.put("exponent", z.exponent());
        }
        return m;
    }

    private static Map<String, Object> runtime(RuntimeSpec r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("distribution", r.name());
        if (r instanceof RuntimeSpec.LogNormal l) {
            m.put("median", l.median());
            m.put("sigma", l.sigma());
        } else if (r instanceof RuntimeSpec.Exponential e) {
            m.put("mean", e.mean());
        } else if (r instanceof RuntimeSpec.Weibull w) {
            m.put("shape", w.shape());
            m.put("scale", w.scale());
        } else if (r instanceof RuntimeSpec.Gamma g) {
            m.put("shape", g.shape());
            m.put("scale", g.scale());
        } else if (r instanceof RuntimeSpec.Uniform u) {
            m.put("min", u.min());
            m.put("max", u.max());
        }
        return m;
    }

    private static Map<String, Object> transforms(TransformSpec t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("users", t.users());
        m.put("partitions", t.partitions());
        m.put("minProcessors", t.minProcessors());
        m.put("maxProcessors", t.maxProcessors());
        m.put("windowStart", t.windowStart());
        m.put("windowEnd", t.windowEnd());
        m.put("skip", t.skip());
        m.put("limit", t.limit());
        m.put("estimates", t.estimates());
        m.put("estimateFactor", t.estimateFactor());
        m.put("loadFactor", t.loadFactor());
        m.put("targetLoad", t.targetLoad());
        return m;
    }

}
