package org.hpcsim.models.kube.plugins;

import java.util.List;
import org.hpcsim.models.kube.BatchScorer;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.FilterShortcut;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ScorePlugin;
import org.hpcsim.models.kube.Taint;
import org.hpcsim.models.kube.TaintEffect;

/**
 * The TaintToleration plugin: filters out nodes with an untolerated NoSchedule or NoExecute taint,
 * and scores by the number of untolerated PreferNoSchedule taints, normalised reversed (fewest best).
 */
public final class TaintToleration implements FilterPlugin, ScorePlugin, FilterShortcut, BatchScorer {
    /** The plugin's configuration name. */
    public static final String NAME = "TaintToleration";

    @Override
    public String name() {
        return NAME;
    }

    /** No node has a NoSchedule or NoExecute taint: nothing to reject. */
    @Override
    public boolean passesEveryNode(PodSpec pod, NodeTable nodes) {
        return !nodes.anyHardTaint();
    }

    /** No node has a PreferNoSchedule taint: every raw score is 0, which reversed normalisation makes 100. */
    @Override
    public long constantScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {
        return nodes.anyPreferNoScheduleTaint() ? NOT_CONSTANT : MAX_NODE_SCORE;
    }

    @Override
    public void scoreAll(PodSpec pod, NodeTable nodes, int[] feasible, int count, long[] out) {
        for (int k = 0; k < count; k++) {
            out[k] = score(pod, feasible[k], nodes);
        }
    }

    @Override
    public boolean filter(PodSpec pod, int node, NodeTable nodes) {
        List<Taint> taints = nodes.node(node).taints();
        for (int i = 0; i < taints.size(); i++) {
            Taint t = taints.get(i);
            if (t.effect() != TaintEffect.PREFER_NO_SCHEDULE && !t.toleratedBy(pod.tolerations())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Untolerated PreferNoSchedule taints. Upstream keeps only tolerations with an empty or
     * PreferNoSchedule effect first; any other toleration cannot match such a taint anyway.
     */
    @Override
    public long score(PodSpec pod, int node, NodeTable nodes) {
        List<Taint> taints = nodes.node(node).taints();
        long count = 0;
        for (int i = 0; i < taints.size(); i++) {
            Taint t = taints.get(i);
            if (t.effect() == TaintEffect.PREFER_NO_SCHEDULE && !t.toleratedBy(pod.tolerations())) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void normalize(long[] scores, int count) {
        NormalizeScores.byMaximum(scores, count, true);
    }
}
