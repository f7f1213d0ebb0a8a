package org.hpcsim.models.kube.plugins;

import java.util.List;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ScorePlugin;
import org.hpcsim.models.kube.Taint;
import org.hpcsim.models.kube.TaintEffect;

/**
 * The TaintToleration plugin: filters out nodes with an untolerated NoSchedule or NoExecute taint,
 * and scores by the number of untolerated PreferNoSchedule taints, normalised reversed (fewest best).
 */
public final class TaintToleration implements FilterPlugin, ScorePlugin {
    /** The plugin's configuration name. */
    public static final String NAME = "TaintToleration";

    @Override
    public String name() {
        return NAME;
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
