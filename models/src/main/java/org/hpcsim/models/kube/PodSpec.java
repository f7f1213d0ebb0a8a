package org.hpcsim.models.kube;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pod as the scheduler sees it: requests and limits per resource index, priority, node selector,
 * node affinity, tolerations and topology spread constraints.
 *
 * @param requests          requested quantity per resource index (sum over containers)
 * @param limits            limits per resource index, 0 where none is set
 * @param priority          the PriorityClass value
 * @param nodeSelector      labels a node must carry
 * @param requiredAffinity  requiredDuringScheduling terms (ORed); empty for none
 * @param preferredAffinity preferredDuringScheduling terms
 * @param tolerations       tolerations
 * @param spread            topology spread constraints
 * @param group             the label group this pod belongs to (what spread constraints select), or ""
 */
public record PodSpec(long[] requests, long[] limits, int priority, Map<String, String> nodeSelector,
                      List<NodeSelectorTerm> requiredAffinity, List<PreferredTerm> preferredAffinity,
                      List<Toleration> tolerations, List<SpreadConstraint> spread, String group) {
    /** Copies and normalises. */
    public PodSpec {
        if (requests == null) {
            throw new IllegalArgumentException("a pod needs requests (zeros for none)");
        }
        requests = requests.clone();
        limits = limits == null ? new long[0] : limits.clone();
        nodeSelector = nodeSelector == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(nodeSelector));
        requiredAffinity = requiredAffinity == null ? List.of() : List.copyOf(requiredAffinity);
        preferredAffinity = preferredAffinity == null ? List.of() : List.copyOf(preferredAffinity);
        tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
        spread = spread == null ? List.of() : List.copyOf(spread);
        group = group == null ? "" : group;
    }

    /** A pod with only requests. */
    public static PodSpec ofRequests(long... requests) {
        return new PodSpec(requests, null, 0, null, null, null, null, null, "");
    }

    /** Requested quantity of resource {@code r} (0 past the array). */
    public long request(int r) {
        return r < requests.length ? requests[r] : 0;
    }

    /** Limit of resource {@code r}, 0 when none. */
    public long limit(int r) {
        return r < limits.length ? limits[r] : 0;
    }

    /** The QoS class, from cpu and memory requests and limits (one container assumed). */
    public QosClass qosClass() {
        boolean any = false;
        for (int r = 0; r < Math.max(requests.length, limits.length); r++) {
            any |= request(r) > 0 || limit(r) > 0;
        }
        if (!any) {
            return QosClass.BEST_EFFORT;
        }
        boolean guaranteed = true;
        for (int r : new int[] {ResourceNames.CPU, ResourceNames.MEMORY}) {
            guaranteed &= limit(r) > 0 && limit(r) == request(r);
        }
        return guaranteed ? QosClass.GUARANTEED : QosClass.BURSTABLE;
    }
}
