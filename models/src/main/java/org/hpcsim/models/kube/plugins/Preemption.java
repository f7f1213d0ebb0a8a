package org.hpcsim.models.kube.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.PreemptionChoice;
import org.hpcsim.models.kube.RunningPod;

/**
 * DefaultPreemption's choice as a function: per node, evict every lower-priority pod, check the
 * preemptor then passes the filters, reprieve victims most important first while it still does;
 * among such nodes pick by upstream's pickOneNodeForPreemption. The table is changed while nodes
 * are tried and restored before returning.
 */
public final class Preemption {
    // Upstream adds MaxInt32 + 1 to every priority before summing, so that more victims always
    // weigh more than fewer at the same priority, negative priorities included.
    private static final long PRIORITY_OFFSET = (long) Integer.MAX_VALUE + 1;

    // MoreImportantPod: higher priority first, then the one that started earlier; id keeps it total.
    private static final Comparator<RunningPod> MORE_IMPORTANT_FIRST = Comparator
            .comparingInt((RunningPod p) -> p.pod().priority()).reversed()
            .thenComparingLong(RunningPod::startTime)
            .thenComparingLong(RunningPod::id);

    private Preemption() {}

    /** The choice under the default profile's filters, or null when no node would do. */
    public static PreemptionChoice pick(PodSpec preemptor, NodeTable table, List<RunningPod> running) {
        return pick(preemptor, table, running, Plugins.defaultProfile().filters());
    }

    /** The choice under {@code filters}, or null when no node would do. */
    public static PreemptionChoice pick(PodSpec preemptor, NodeTable table, List<RunningPod> running,
                                        List<FilterPlugin> filters) {
        List<List<RunningPod>> lower = lowerPriorityByNode(preemptor, table, running);
        PreemptionChoice best = null;
        for (int n = 0; n < table.size(); n++) {
            if (lower.get(n).isEmpty()) {
                continue; // upstream: no preemption victims found on this node
            }
            List<RunningPod> victims = selectVictims(preemptor, n, lower.get(n), table, filters);
            if (victims != null && victims.isEmpty()) {
                return new PreemptionChoice(n, victims); // it fits without evicting anyone: nothing beats that
            }
            if (victims != null && (best == null || better(victims, best.victims()))) {
                best = new PreemptionChoice(n, victims);
            }
        }
        return best;
    }

    private static List<List<RunningPod>> lowerPriorityByNode(PodSpec preemptor, NodeTable table, List<RunningPod> running) {
        List<List<RunningPod>> byNode = new ArrayList<>(table.size());
        for (int n = 0; n < table.size(); n++) {
            byNode.add(new ArrayList<>());
        }
        for (RunningPod p : running) {
            if (p.node() >= table.size()) {
                throw new IllegalArgumentException("running pod " + p.id() + " is on node " + p.node()
                        + ", past the table's " + table.size() + " nodes");
            }
            if (p.pod().priority() < preemptor.priority()) {
                byNode.get(p.node()).add(p);
            }
        }
        for (List<RunningPod> l : byNode) {
            l.sort(MORE_IMPORTANT_FIRST);
        }
        return byNode;
    }

    // selectVictimsOnNode: the victims (most important first), or null when evicting every
    // lower-priority pod is still not enough.
    private static List<RunningPod> selectVictims(PodSpec preemptor, int n, List<RunningPod> potential,
                                                  NodeTable table, List<FilterPlugin> filters) {
        boolean[] bound = new boolean[potential.size()];
        for (RunningPod p : potential) {
            table.unbind(p.pod(), n);
        }
        try {
            if (!passes(preemptor, n, table, filters)) {
                return null;
            }
            List<RunningPod> victims = new ArrayList<>();
            for (int i = 0; i < bound.length; i++) {
                PodSpec p = potential.get(i).pod();
                table.bind(p, n);
                bound[i] = true;
                if (!passes(preemptor, n, table, filters)) {
                    table.unbind(p, n);
                    bound[i] = false;
                    victims.add(potential.get(i));
                }
            }
            return victims;
        } finally {
            for (int i = 0; i < bound.length; i++) {
                if (!bound[i]) {
                    table.bind(potential.get(i).pod(), n);
                }
            }
        }
    }

    private static boolean passes(PodSpec pod, int n, NodeTable table, List<FilterPlugin> filters) {
        for (FilterPlugin f : filters) {
            // Re-run so PodTopologySpread counts the node without its evicted pods (upstream's RemovePod extension).
            f.preFilter(pod, table);
            if (!f.filter(pod, n, table)) {
                return false;
            }
        }
        return true;
    }

    // pickOneNodeForPreemption's criteria after PDB violations (not modelled), in order; ties keep
    // the node seen first.
    private static boolean better(List<RunningPod> a, List<RunningPod> b) {
        int c = Integer.compare(a.get(0).pod().priority(), b.get(0).pod().priority());
        if (c == 0) {
            c = Long.compare(offsetSum(a), offsetSum(b));
        }
        if (c == 0) {
            c = Integer.compare(a.size(), b.size());
        }
        if (c == 0) {
            c = -Long.compare(earliestStartOfHighest(a), earliestStartOfHighest(b));
        }
        return c < 0;
    }

    private static long offsetSum(List<RunningPod> victims) {
        long sum = 0;
        for (RunningPod p : victims) {
            sum += p.pod().priority() + PRIORITY_OFFSET;
        }
        return sum;
    }

    // GetEarliestPodStartTime: the earliest start among the victims of the highest priority.
    private static long earliestStartOfHighest(List<RunningPod> victims) {
        int top = victims.get(0).pod().priority();
        long earliest = Long.MAX_VALUE;
        for (RunningPod p : victims) {
            if (p.pod().priority() == top) {
                earliest = Math.min(earliest, p.startTime());
            }
        }
        return earliest;
    }
}
