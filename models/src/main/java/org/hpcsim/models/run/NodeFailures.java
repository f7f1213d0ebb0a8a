package org.hpcsim.models.run;

import java.util.List;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;

/**
 * How the static nodes of a run fail: Spot interruptions, hardware failures or both, and how
 * jobs save their work against them.
 *
 * @param processes     the ways nodes fail
 * @param checkpointing how jobs checkpoint, or {@link Checkpointing#NONE}
 */
public record NodeFailures(List<FailureProcess> processes, Checkpointing checkpointing) {
    /** Copies the list. */
    public NodeFailures {
        processes = List.copyOf(processes);
        if (checkpointing == null) {
            throw new IllegalArgumentException("checkpointing is required (NONE for none)");
        }
    }
}
