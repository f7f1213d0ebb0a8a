package org.hpcsim.models.kube.plugins;

import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.FilterShortcut;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.Taint;
import org.hpcsim.models.kube.TaintEffect;

/** The NodeUnschedulable filter: a cordoned node takes only pods that tolerate its unschedulable taint. */
public final class NodeUnschedulable implements FilterPlugin, FilterShortcut {
    /** The plugin's configuration name. */
    public static final String NAME = "NodeUnschedulable";
    // The taint the node lifecycle controller puts on a cordoned node; upstream checks the pod's
    // tolerations against it even when the taint itself has not been added yet.
    private static final Taint UNSCHEDULABLE = new Taint("node.kubernetes.io/unschedulable", "", TaintEffect.NO_SCHEDULE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean passesEveryNode(PodSpec pod, NodeTable nodes) {
        return !nodes.anyUnschedulable();
    }

    @Override
    public boolean filter(PodSpec pod, int node, NodeTable nodes) {
        return !nodes.node(node).unschedulable() || UNSCHEDULABLE.toleratedBy(pod.tolerations());
    }
}
