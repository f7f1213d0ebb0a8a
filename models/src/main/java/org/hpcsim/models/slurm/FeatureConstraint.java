package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.List;

/**
 * A job's {@code --constraint}: node features joined by {@code &} (AND) and {@code |} (OR), as
 * sbatch(1) writes them ({@code --constraint="a100&ib"}, {@code "intel|amd"}). As slurmctld
 * 22.05 does (node_scheduler.c: the job's feature list is folded in order, each feature's node set
 * combined with the ones before by the operator between them), the terms are combined left to
 * right without precedence: {@code a|b&c} is {@code (a|b)&c}. With plain OR each node may have any
 * of the features. Matching OR ({@code [a|b]}), counts ({@code a*2}), parentheses and NOT
 * ({@code !}) are not modelled and refused.
 */
final class FeatureConstraint {
    private final List<String> features;
    /** Whether term k (k >= 1) joins the ones before it by AND; else by OR. */
    private final boolean[] and;

    private FeatureConstraint(List<String> features, boolean[] and) {
        this.features = features;
        this.and = and;
    }

    /** The constraint {@code text} says; throws IllegalArgumentException naming what is wrong. */
    static FeatureConstraint parse(String text) {
        List<String> names = new ArrayList<>();
        List<Boolean> ops = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : '&';
            if (ch == '&' || ch == '|') {
                String f = name.toString().trim();
                if (f.isEmpty()) {
                    throw new IllegalArgumentException("constraint '" + text + "' has an empty feature name");
                }
                names.add(f);
                ops.add(ch == '&');
                name.setLength(0);
            } else if ("[]()*!,".indexOf(ch) >= 0) {
                throw new IllegalArgumentException("constraint '" + text + "': '" + ch + "' is not modelled"
                        + " (features joined by & and | only)");
            } else {
                name.append(ch);
            }
        }
        boolean[] and = new boolean[names.size()];
        for (int k = 1; k < and.length; k++) {
            and[k] = ops.get(k - 1);
        }
        return new FeatureConstraint(List.copyOf(names), and);
    }

    /** Whether a node with {@code nodeFeatures} satisfies the constraint. */
    boolean matches(List<String> nodeFeatures) {
        boolean result = nodeFeatures.contains(features.get(0));
        for (int k = 1; k < features.size(); k++) {
            boolean has = nodeFeatures.contains(features.get(k));
            result = and[k] ? result && has : result || has;
        }
        return result;
    }
}
