package org.hpcsim.reports.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.sweep.PointResult;
import org.hpcsim.scenarios.plan.PlanConstraint;
import org.hpcsim.scenarios.plan.PlanObjective;
import org.hpcsim.scenarios.plan.PlanPoint;

/** Evaluations and plan results built by hand, without simulations. */
public final class PlanFixtures {
    /** Minimize total cost. */
    public static final PlanObjective COST = new PlanObjective("totalCost", false);
    /** p95 wait at most an hour. */
    public static final PlanConstraint WAIT = new PlanConstraint("p95Wait", 3600, true);

    private PlanFixtures() {}

    /** An evaluation of {@code nodes} in combination {@code c} whose replications gave these waits and costs. */
    public static Evaluation point(int c, String capacity, int nodes, double[] waits, double[] costs) {
        List<PointResult.Replication> runs = new ArrayList<>();
        for (int r = 0; r < waits.length; r++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("p95Wait", waits[r]);
            m.put("totalCost", costs[r]);
            runs.add(new PointResult.Replication(r, 100 + r, m));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nodes", Integer.toString(nodes));
        values.put("capacity", capacity);
        return Evaluation.of(new PlanPoint(c, nodes - 1), values, nodes, runs, COST, List.of(WAIT));
    }

    /** Replications all giving {@code v}. */
    public static double[] same(double v, int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /**
     * Two capacities, each searched over nodes 1..8 as bisection would (8, 4, 2, 3): a p95 wait of
     * 4 h / nodes, so the hour is met from 4 nodes on; Spot nodes cost a third of On-Demand ones.
     */
    public static PlanResult twoCapacities() {
        List<CombinationResult> combos = new ArrayList<>();
        String[] capacities = {"ondemand", "spot"};
        for (int c = 0; c < 2; c++) {
            double price = c == 0 ? 3 : 1;
            List<Evaluation> asked = new ArrayList<>();
            for (int nodes : new int[] {8, 4, 2, 3}) {
                asked.add(point(c, capacities[c], nodes, same(3600.0 * 4 / nodes, 3), same(price * nodes, 3)));
            }
            combos.add(new CombinationResult(c, Map.of("capacity", capacities[c]), asked, asked.get(1), asked.get(3)));
        }
        return PlanResult.of("fixture", List.of("nodes", "capacity"), "nodes", COST, List.of(WAIT), 3, combos);
    }
}
