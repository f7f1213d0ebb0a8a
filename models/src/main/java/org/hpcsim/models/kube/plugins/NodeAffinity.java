package org.hpcsim.models.kube.plugins;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.BatchScorer;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.FilterShortcut;
import org.hpcsim.models.kube.KubeNode;
import org.hpcsim.models.kube.NodeSelectorTerm;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.PreferredTerm;
import org.hpcsim.models.kube.ScorePlugin;

/**
 * The NodeAffinity plugin: filters on the pod's nodeSelector and required node affinity terms, and
 * scores by the summed weights of the preferred terms a node matches, normalised to 0..100.
 */
public final class NodeAffinity implements FilterPlugin, ScorePlugin, FilterShortcut, BatchScorer {
    /** The plugin's configuration name. */
    public static final String NAME = "NodeAffinity";

    @Override
    public String name() {
        return NAME;
    }

    /** A pod without a nodeSelector or required terms matches every node. */
    @Override
    public boolean passesEveryNode(PodSpec pod, NodeTable nodes) {
        return pod.nodeSelector().isEmpty() && pod.requiredAffinity().isEmpty();
    }

    /** A pod without preferred terms scores 0 everywhere, and normalisation keeps all-zero scores 0. */
    @Override
    public long constantScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {
        return pod.preferredAffinity().isEmpty() ? 0 : NOT_CONSTANT;
    }

    @Override
    public void scoreAll(PodSpec pod, NodeTable nodes, int[] feasible, int count, long[] out) {
        for (int k = 0; k < count; k++) {
            out[k] = score(pod, feasible[k], nodes);
        }
    }

    @Override
    public boolean filter(PodSpec pod, int node, NodeTable nodes) {
        return matches(pod, nodes.node(node));
    }

    /**
     * Whether {@code node} satisfies {@code pod}'s nodeSelector and required affinity (upstream's
     * PodMatchesNodeSelectorAndAffinityTerms); PodTopologySpread counts only such nodes too.
     */
    public static boolean matches(PodSpec pod, KubeNode node) {
        Map<String, String> labels = node.labels();
        // The guard spares the common pod without a selector an iterator per node.
        if (!pod.nodeSelector().isEmpty()) {
            for (Map.Entry<String, String> e : pod.nodeSelector().entrySet()) {
                if (!e.getValue().equals(labels.get(e.getKey()))) {
                    return false;
                }
            }
        }
        List<NodeSelectorTerm> terms = pod.requiredAffinity();
        if (terms.isEmpty()) {
            return true;
        }
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).matches(labels)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long score(PodSpec pod, int node, NodeTable nodes) {
        List<PreferredTerm> preferred = pod.preferredAffinity();
        Map<String, String> labels = nodes.node(node).labels();
        long sum = 0;
        for (int i = 0; i < preferred.size(); i++) {
            if (preferred.get(i).term().matches(labels)) {
                sum += preferred.get(i).weight();
            }
        }
        return sum;
    }

    @Override
    public void normalize(long[] scores, int count) {
        NormalizeScores.byMaximum(scores, count, false);
    }
}
