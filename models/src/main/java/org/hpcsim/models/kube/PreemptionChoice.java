package org.hpcsim.models.kube;

import java.util.List;

/**
 * Where DefaultPreemption would put the preemptor and whom it would evict there.
 *
 * @param node    the node index
 * @param victims the pods to evict, most important first
 */
public record PreemptionChoice(int node, List<RunningPod> victims) {
    /** Copies the list. */
    public PreemptionChoice {
        victims = List.copyOf(victims);
    }
}
