package org.hpcsim.models.kube;

import org.hpcsim.models.workload.Job;

/** Hears every bind of a Kubernetes run; for tests that check the node table as it changes. */
interface BindListener {
    void bound(Job job, PodSpec pod, int node, NodeTable table);

    /** A bound pod was deleted by preemption. */
    default void unbound(Job job, PodSpec pod, int node) {}
}
