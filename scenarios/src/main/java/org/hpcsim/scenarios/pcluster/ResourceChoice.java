package org.hpcsim.scenarios.pcluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the one compute resource hpcsim simulates outside policy slurm (or when asked to), so a
 * configuration with several compute resources must say which (by queue, by name, or both).
 */
final class ResourceChoice {
    /** The queue and compute resource chosen. */
    record Chosen(SlurmQueue queue, ComputeResource resource) {}

    private ResourceChoice() {}

    /**
     * The compute resource named {@code resource} (null: the only one) of the queue named
     * {@code queue} (null: any queue); {@code origin} names the file in messages.
     */
    static Chosen choose(List<SlurmQueue> queues, String queue, String resource, String origin) {
        List<String> all = names(queues);
        List<SlurmQueue> candidates = new ArrayList<>();
        for (SlurmQueue q : queues) {
            if (queue == null || q.name().equals(queue)) {
                candidates.add(q);
            }
        }
        if (candidates.isEmpty()) {
            throw new PclusterChoiceException(origin + ": no queue named '" + queue + "' (queues: "
                    + String.join(", ", queues.stream().map(SlurmQueue::name).toList()) + ")", all);
        }
        List<Chosen> matches = new ArrayList<>();
        for (SlurmQueue q : candidates) {
            for (ComputeResource cr : q.computeResources()) {
                if (resource == null || cr.name().equals(resource)) {
                    matches.add(new Chosen(q, cr));
                }
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String scope = queue == null ? "" : " in queue " + queue;
        if (matches.isEmpty()) {
            throw new PclusterChoiceException(origin + ": no compute resource named '" + resource + "'" + scope
                    + " (queue/compute resource: " + String.join(", ", all) + ")", all);
        }
        List<String> found = labels(matches);
        throw new PclusterChoiceException(origin + ": " + found.size() + " compute resources"
                + (resource == null ? "" : " named '" + resource + "'") + scope
                + ", and only policy slurm simulates several (queue/compute resource: "
                + String.join(", ", found) + ")", all);
    }

    /** Every compute resource but {@code chosen}, as {@code queue/resource}. */
    static List<String> others(List<SlurmQueue> queues, Chosen chosen) {
        List<String> out = new ArrayList<>();
        for (SlurmQueue q : queues) {
            for (ComputeResource cr : q.computeResources()) {
                if (!cr.equals(chosen.resource())) {
                    out.add(q.name() + "/" + cr.name());
                }
            }
        }
        return out;
    }

    private static List<String> names(List<SlurmQueue> queues) {
        List<String> out = new ArrayList<>();
        for (SlurmQueue q : queues) {
            for (ComputeResource cr : q.computeResources()) {
                out.add(q.name() + "/" + cr.name());
            }
        }
        return out;
    }

    private static List<String> labels(List<Chosen> chosen) {
        return chosen.stream().map(c -> c.queue().name() + "/" + c.resource().name()).toList();
    }
}
