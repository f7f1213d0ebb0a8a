package org.hpcsim.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.scenarios.spec.KubernetesSpec;

/** The {@code scheduler.kubernetes} block as scenario files write it. */
final class KubernetesWriter {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private KubernetesWriter() {}

    static Map<String, Object> toMap(KubernetesSpec k) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (k.config() != null) {
            m.put("config", k.config());
        }
        PodTemplate t = k.template();
        m.put("workload", k.workloadWord());
        m.put("workerCpu", t.workerCpu() == PodTemplate.WorkerCpu.NODE_FRACTION ? "node" : "processors");
        m.put("nodeFraction", t.nodeFraction());
        m.put("memoryPerCpuGiB", t.memoryPerCpu() / GIB);
        Map<String, Object> launcher = new LinkedHashMap<>();
        launcher.put("cpu", t.launcherCpuMillis() / 1000.0);
        launcher.put("memoryGiB", t.launcherMemory() / GIB);
        m.put("launcher", launcher);
        m.put("priority", t.priority());
        if (!t.qosPriorities().isEmpty()) {
            m.put("priorities", t.qosPriorities());
        }
        if (k.nodeMemoryGiB() > 0) {
            m.put("nodeMemoryGiB", k.nodeMemoryGiB());
        }
        if (!k.nodeLabels().isEmpty()) {
            m.put("nodeLabels", k.nodeLabels());
        }
        m.put("cycleTimeMs", k.cycleTimeMs());
        m.put("scheduler", k.scheduler() == KubernetesSpec.Scheduler.VOLCANO ? "volcano" : "default");
        if (k.scheduler() == KubernetesSpec.Scheduler.VOLCANO) {
            m.put("volcano", Map.of("schedulePeriodMs", k.schedulePeriodMs()));
        }
        return m;
    }
}
