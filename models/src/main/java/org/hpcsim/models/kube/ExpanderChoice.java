package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStream;

/**
 * The Cluster Autoscaler's expander: which of the scale-ups that would help it makes
 * (cluster-autoscaler/expander). least-waste: the fewest idle cpu and memory shares on the new
 * nodes once the pods are on them (expander/waste). price, simplified: the lowest price of the new
 * nodes per requested core of the pods they take (upstream's price expander also weighs a
 * preferred node size; not modelled), least waste among equals. random: any. Ties fall back to
 * random, as upstream chains its expanders to random.
 */
final class ExpanderChoice {
    private final AutoscalerConfig.Expander kind;
    private final NodeGroup[] groups;
    private final RandomStream random;

    /** Chooses by {@code kind} among options over {@code groups} (by group index), drawing from {@code random}. */
    ExpanderChoice(AutoscalerConfig.Expander kind, NodeGroup[] groups, RandomStream random) {
        this.kind = kind;
        this.groups = groups;
        this.random = random;
    }

    /** The option to carry out, of at least one. */
    ScaleUpEstimator.Option pick(List<ScaleUpEstimator.Option> options) {
        if (kind == AutoscalerConfig.Expander.RANDOM) {
            return options.get(random.nextInt(options.size()));
        }
        List<ScaleUpEstimator.Option> best = new ArrayList<>();
        for (ScaleUpEstimator.Option o : options) {
            int c = best.isEmpty() ? -1 : compare(o, best.get(0));
            if (c < 0) {
                best.clear();
            }
            if (c <= 0) {
                best.add(o);
            }
        }
        return best.size() == 1 ? best.get(0) : best.get(random.nextInt(best.size()));
    }

    private int compare(ScaleUpEstimator.Option a, ScaleUpEstimator.Option b) {
        if (kind == AutoscalerConfig.Expander.PRICE) {
            int c = Double.compare(pricePerCore(a), pricePerCore(b));
            if (c != 0) {
                return c;
            }
        }
        return Double.compare(a.waste(), b.waste());
    }

    private double pricePerCore(ScaleUpEstimator.Option o) {
        return o.nodes() * groups[o.group()].pricePerHour() / Math.max(o.cpuCores(), 1e-3);
    }
}
