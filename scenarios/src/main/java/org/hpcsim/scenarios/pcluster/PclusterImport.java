package org.hpcsim.scenarios.pcluster;

import java.util.List;
import org.hpcsim.scenarios.spec.ClusterSpec;

/**
 * A ParallelCluster configuration as hpcsim simulates it.
 *
 * @param cluster the cluster (size, pricing, autoscaling)
 * @param notes   one-line notes for the user: what was simulated, what was chosen for it, and
 *                what the file says that has no effect
 */
public record PclusterImport(ClusterSpec cluster, List<String> notes) {
    /** Copies the notes. */
    public PclusterImport {
        notes = List.copyOf(notes);
    }
}
