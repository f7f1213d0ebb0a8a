package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;
import org.hpcsim.models.kube.kueue.FlavorQuotas;
import org.hpcsim.models.kube.kueue.KueuePreemption;
import org.hpcsim.models.kube.kueue.ResourceFlavor;

/**
 * One ClusterQueue of the {@code kueue} block: quotas in cores, GiB and GPUs, either for the default
 * flavor ({@code quotas}, {@code borrowingLimit}, {@code lendingLimit}) or per flavor ({@code flavors}),
 * and its {@code preemption} and {@code flavorFungibility} as upstream spells them.
 */
record KueueQueueEntry(String name, String cohort, String queueingStrategy, Map<String, Double> quotas,
             Map<String, Double> borrowingLimit, Map<String, Double> lendingLimit, List<FlavorQuotasEntry> flavors,
             Map<String, Object> preemption, Map<String, String> flavorFungibility) {
    @JsonCreator
    static KueueQueueEntry fromFile(@JsonProperty("name") String name, @JsonProperty("cohort") String cohort,
                          @JsonProperty("queueingStrategy") String queueingStrategy,
                          @JsonProperty("quotas") Map<String, Double> quotas,
                          @JsonProperty("borrowingLimit") Map<String, Double> borrowingLimit,
                          @JsonProperty("lendingLimit") Map<String, Double> lendingLimit,
                          @JsonProperty("flavors") List<FlavorQuotasEntry> flavors,
                          @JsonProperty("preemption") Map<String, Object> preemption,
                          @JsonProperty("flavorFungibility") Map<String, String> flavorFungibility) {
        return new KueueQueueEntry(name, cohort, queueingStrategy, quotas, borrowingLimit, lendingLimit, flavors,
                preemption, flavorFungibility);
    }

    ClusterQueueConfig config() {
        InvalidFieldException.require(name != null && !name.isEmpty(), "kueue.clusterQueues.name", "is required");
        String f = "kueue.clusterQueues[" + name + "]";
        String strategy = queueingStrategy == null ? "BestEffortFIFO" : queueingStrategy;
        InvalidFieldException.require(strategy.equals("BestEffortFIFO") || strategy.equals("StrictFIFO"),
                f + ".queueingStrategy", "must be BestEffortFIFO or StrictFIFO, got '" + queueingStrategy + "'");
        List<FlavorQuotas> fqs = new ArrayList<>();
        if (flavors == null) {
            fqs.add(flavorQuotas(ResourceFlavor.DEFAULT, quotas, borrowingLimit, lendingLimit, f));
        } else {
            InvalidFieldException.require(quotas == null && borrowingLimit == null && lendingLimit == null, f,
                    "give quotas either for the default flavor (quotas, borrowingLimit, lendingLimit) or per flavor"
                            + " (flavors), not both");
            InvalidFieldException.require(!flavors.isEmpty(), f + ".flavors", "needs at least one {name, quotas}");
            for (FlavorQuotasEntry e : flavors) {
                InvalidFieldException.require(e != null && e.name() != null, f + ".flavors.name", "is required");
                fqs.add(flavorQuotas(e.name(), e.quotas(), e.borrowingLimit(), e.lendingLimit(),
                        f + ".flavors[" + e.name() + "]"));
            }
        }
        KueuePreemption p = preemption(f);
        try {
            return new ClusterQueueConfig(name, cohort, strategy.equals("StrictFIFO"), fqs, p);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(f, e.getMessage());
        }
    }

    private static FlavorQuotas flavorQuotas(String flavor, Map<String, Double> quotas, Map<String, Double> borrow,
                                             Map<String, Double> lend, String f) {
        InvalidFieldException.require(quotas != null && !quotas.isEmpty(), f + ".quotas",
                "needs at least one of cpu, memoryGiB, nvidia.com/gpu");
        Map<String, Long> nominal = quantities(quotas, f + ".quotas");
        Map<String, Long> borrowing = borrow == null ? null : quantities(borrow, f + ".borrowingLimit");
        Map<String, Long> lending = lend == null ? null : quantities(lend, f + ".lendingLimit");
        try {
            return new FlavorQuotas(flavor, nominal, borrowing, lending);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(f, e.getMessage());
        }
    }

    private KueuePreemption preemption(String f) {
        Map<String, Object> p = preemption == null ? Map.of() : preemption;
        Map<String, String> ff = flavorFungibility == null ? Map.of() : flavorFungibility;
        for (String k : p.keySet()) {
            InvalidFieldException.require(k.equals("withinClusterQueue") || k.equals("reclaimWithinCohort"),
                    f + ".preemption." + k, "is not modelled (allowed: withinClusterQueue, reclaimWithinCohort)");
        }
        for (String k : ff.keySet()) {
            InvalidFieldException.require(k.equals("whenCanBorrow") || k.equals("whenCanPreempt"),
                    f + ".flavorFungibility." + k, "is unknown (allowed: whenCanBorrow, whenCanPreempt)");
        }
        KueuePreemption.Policy within = policy(word(p.get("withinClusterQueue")), f + ".preemption.withinClusterQueue",
                "Never, LowerPriority or LowerOrNewerEqualPriority", KueuePreemption.Policy.ANY);
        KueuePreemption.Policy reclaim = policy(word(p.get("reclaimWithinCohort")),
                f + ".preemption.reclaimWithinCohort",
                "Never, LowerPriority or Any", KueuePreemption.Policy.LOWER_OR_NEWER_EQUAL_PRIORITY);
        String borrow = ff.getOrDefault("whenCanBorrow", "Borrow");
        InvalidFieldException.require(borrow.equals("Borrow") || borrow.equals("TryNextFlavor"),
                f + ".flavorFungibility.whenCanBorrow", "must be Borrow or TryNextFlavor, got '" + borrow + "'");
        String preempt = ff.getOrDefault("whenCanPreempt", "TryNextFlavor");
        InvalidFieldException.require(preempt.equals("Preempt") || preempt.equals("TryNextFlavor"),
                f + ".flavorFungibility.whenCanPreempt", "must be Preempt or TryNextFlavor, got '" + preempt + "'");
        return new KueuePreemption(within, reclaim, borrow.equals("TryNextFlavor"), preempt.equals("TryNextFlavor"));
    }

    private static String word(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static KueuePreemption.Policy policy(String word, String field, String allowed,
                                                 KueuePreemption.Policy notHere) {
        if (word == null) {
            return KueuePreemption.Policy.NEVER;
        }
        for (KueuePreemption.Policy p : KueuePreemption.Policy.values()) {
            if (p.word().equals(word) && p != notHere) {
                return p;
            }
        }
        throw new InvalidFieldException(field, "must be " + allowed + ", got '" + word + "'");
    }

    /** File units (cores, GiB, GPUs) to the model's (millicores, bytes, GPUs), by resource name. */
    static Map<String, Long> quantities(Map<String, Double> in, String field) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Double> e : in.entrySet()) {
            Double v = e.getValue();
            InvalidFieldException.require(v != null && v >= 0 && Double.isFinite(v), field + "." + e.getKey(),
                    "must be 0 or more, got " + v);
            switch (e.getKey()) {
                case "cpu" -> out.put("cpu", Math.round(v * 1000));
                case "memoryGiB" -> out.put("memory", Math.round(v * KubernetesSpec.GIB));
                case PodTemplate.GPU -> {
                    InvalidFieldException.require(v == Math.rint(v), field + "." + e.getKey(),
                            "must be a whole number of GPUs, got " + v);
                    out.put(PodTemplate.GPU, Math.round(v));
                }
                default -> throw new InvalidFieldException(field, "unknown resource '" + e.getKey()
                        + "' (allowed: cpu, memoryGiB, nvidia.com/gpu)");
            }
        }
        return out;
    }

    /** One flavor's quotas in a ClusterQueue. */
    record FlavorQuotasEntry(String name, Map<String, Double> quotas, Map<String, Double> borrowingLimit,
                             Map<String, Double> lendingLimit) {
        @JsonCreator
        static FlavorQuotasEntry fromFile(@JsonProperty("name") String name,
                                          @JsonProperty("quotas") Map<String, Double> quotas,
                                          @JsonProperty("borrowingLimit") Map<String, Double> borrowingLimit,
                                          @JsonProperty("lendingLimit") Map<String, Double> lendingLimit) {
            return new FlavorQuotasEntry(name, quotas, borrowingLimit, lendingLimit);
        }
    }
}
