package org.hpcsim.scenarios.trace;

import java.util.HashMap;
import java.util.Map;
import org.hpcsim.models.workload.JobLabels;

/**
 * Shares one {@link JobLabels} instance among the jobs of a trace that carry the same labels, so
 * memory does not grow with repeated names. Bounded: past its capacity it starts afresh, which
 * only costs sharing, never correctness.
 */
public final class LabelCache {
    private static final int CAPACITY = 1 << 16;

    private final Map<JobLabels, JobLabels> shared = new HashMap<>();

    /** The shared instance equal to {@code labels}. */
    public JobLabels intern(JobLabels labels) {
        JobLabels existing = shared.get(labels);
        if (existing != null) {
            return existing;
        }
        if (shared.size() == CAPACITY) {
            shared.clear();
        }
        shared.put(labels, labels);
        return labels;
    }

    /** Labels from their parts, shared. */
    public JobLabels of(String user, String group, String account, String partition, String queue, String qos,
                        String name) {
        return intern(new JobLabels(user, group, account, partition, queue, qos, name));
    }
}
