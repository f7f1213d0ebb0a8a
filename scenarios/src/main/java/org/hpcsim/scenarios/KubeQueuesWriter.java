package org.hpcsim.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;
import org.hpcsim.models.kube.kueue.FlavorQuotas;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.kube.kueue.KueuePreemption;
import org.hpcsim.models.kube.kueue.ResourceFlavor;
import org.hpcsim.models.kube.volcano.VolcanoQueue;
import org.hpcsim.scenarios.spec.KubernetesSpec;
import org.hpcsim.scenarios.spec.VolcanoQueueing;

/** The batch layers' blocks of {@code scheduler.kubernetes}, {@code volcano} and {@code kueue}, as files write them. */
final class KubeQueuesWriter {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private KubeQueuesWriter() {}

    static Map<String, Object> volcano(KubernetesSpec k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schedulePeriodMs", k.schedulePeriodMs());
        VolcanoQueueing vq = k.volcanoQueues();
        if (vq != null) {
            List<Map<String, Object>> queues = new ArrayList<>();
            for (VolcanoQueue q : vq.queues()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", q.name());
                e.put("weight", q.weight());
                if (!q.capability().isEmpty()) {
                    e.put("capability", quantities(q.capability()));
                }
                e.put("reclaimable", q.reclaimable());
                queues.add(e);
            }
            m.put("queues", queues);
            m.put("queueLabel", vq.queueLabel().word());
            m.put("overcommitFactor", vq.overcommitFactor());
        }
        return m;
    }

    static Map<String, Object> kueue(KueueConfig k) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!k.resourceFlavors().isEmpty()) {
            List<Map<String, Object>> flavors = new ArrayList<>();
            for (ResourceFlavor f : k.resourceFlavors()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", f.name());
                e.put("nodeLabels", f.nodeLabels());
                flavors.add(e);
            }
            m.put("resourceFlavors", flavors);
        }
        List<Map<String, Object>> cqs = new ArrayList<>();
        for (ClusterQueueConfig c : k.clusterQueues()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", c.name());
            if (c.cohort() != null) {
                e.put("cohort", c.cohort());
            }
            e.put("queueingStrategy", c.strictFifo() ? "StrictFIFO" : "BestEffortFIFO");
            if (c.flavors().size() == 1 && c.flavors().get(0).flavor().equals(ResourceFlavor.DEFAULT)) {
                limits(c.flavors().get(0), e);
            } else {
                List<Map<String, Object>> flavors = new ArrayList<>();
                for (FlavorQuotas fq : c.flavors()) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("name", fq.flavor());
                    limits(fq, f);
                    flavors.add(f);
                }
                e.put("flavors", flavors);
            }
            KueuePreemption p = c.preemption();
            Map<String, Object> preemption = new LinkedHashMap<>();
            preemption.put("withinClusterQueue", p.withinClusterQueue().word());
            preemption.put("reclaimWithinCohort", p.reclaimWithinCohort().word());
            e.put("preemption", preemption);
            Map<String, Object> fungibility = new LinkedHashMap<>();
            fungibility.put("whenCanBorrow", p.tryNextWhenBorrow() ? "TryNextFlavor" : "Borrow");
            fungibility.put("whenCanPreempt", p.tryNextWhenPreempt() ? "TryNextFlavor" : "Preempt");
            e.put("flavorFungibility", fungibility);
            cqs.add(e);
        }
        m.put("clusterQueues", cqs);
        m.put("localQueues", k.localQueues());
        m.put("queueLabel", k.queueLabel().word());
        if (k.defaultClusterQueue() != null) {
            m.put("defaultClusterQueue", k.defaultClusterQueue());
        }
        return m;
    }

    private static void limits(FlavorQuotas fq, Map<String, Object> into) {
        into.put("quotas", quantities(fq.nominal()));
        if (!fq.borrowingLimit().isEmpty()) {
            into.put("borrowingLimit", quantities(fq.borrowingLimit()));
        }
        if (!fq.lendingLimit().isEmpty()) {
            into.put("lendingLimit", quantities(fq.lendingLimit()));
        }
    }

    /** The model's units back to the file's: cores, GiB, GPUs. */
    private static Map<String, Object> quantities(Map<String, Long> q) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : q.entrySet()) {
            switch (e.getKey()) {
                case "cpu" -> m.put("cpu", e.getValue() / 1000.0);
                case "memory" -> m.put("memoryGiB", e.getValue() / GIB);
                default -> m.put(e.getKey(), e.getValue());
            }
        }
        return m;
    }
}
