package org.hpcsim.models.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** What max-min sharing promises after every add and remove of random flows on random links. */
class MaxMinSharingProperties {
    private static final double TOLERANCE = 1e-9;
    private static final int MAX_FLOWS = 20;
    private static final double[] WEIGHTS = {0, 0.5, 1, 2, 3};

    /** An add (with a bound and, per link, a weight index or "not crossed" from 5 up) or a remove. */
    record Op(boolean add, double bound, int[] choices, int victim) {}

    record Scenario(double[] capacities, List<Op> ops) {
        @Override
        public String toString() {
            return "capacities " + Arrays.toString(capacities) + ", ops " + ops.stream()
                    .map(o -> o.add() ? "add(" + o.bound() + ", " + Arrays.toString(o.choices()) + ")"
                            : "remove(#" + o.victim() + ")")
                    .toList();
        }
    }

    private record Flow(double bound, int[] links, double[] weights) {}

    @Provide
    Arbitrary<Scenario> scenarios() {
        // Round capacities and bounds make tied saturation levels common; others make them rare.
        Arbitrary<Double> capacity = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(1.0, 2.0, 4.0, 5.0, 10.0, 12.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.5, 100)));
        Arbitrary<double[]> capacities = capacity.array(double[].class).ofMinSize(1).ofMaxSize(8);
        Arbitrary<Double> bound = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Double.POSITIVE_INFINITY)),
                Tuple.of(1, Arbitraries.of(0.5, 1.0, 2.0, 2.5, 5.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.1, 50)));
        Arbitrary<int[]> choices = Arbitraries.integers().between(0, 9).array(int[].class).ofSize(8);
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false))),
                bound, choices, Arbitraries.integers().between(0, 1000)).as(Op::new);
        return Combinators.combine(capacities, op.list().ofMinSize(1).ofMaxSize(50)).as(Scenario::new);
    }

    @Property(tries = 400)
    void shouldNeverLoadALinkPastItsCapacity(@ForAll("scenarios") Scenario scenario) {
        replay(scenario, (s, live) -> {
            for (int l = 0; l < scenario.capacities().length; l++) {
                double load = 0;
                for (Map.Entry<Integer, Flow> e : live.entrySet()) {
                    load += weightOn(e.getValue(), l) * s.rate(e.getKey());
                }
                double c = scenario.capacities()[l];
                assertTrue(load <= c * (1 + TOLERANCE), "link " + l + " carries " + load + " of " + c);
                assertEquals(load, s.load(l), c * TOLERANCE, "load of link " + l);
            }
            for (Map.Entry<Integer, Flow> e : live.entrySet()) {
                double r = s.rate(e.getKey());
                assertTrue(r > 0 && r <= e.getValue().bound() * (1 + TOLERANCE), "flow " + e.getKey() + " at " + r);
            }
        });
    }

    @Property(tries = 400)
    void shouldHoldEveryFlowAtItsBoundOrAtTheTopOfASaturatedLink(@ForAll("scenarios") Scenario scenario) {
        double[] caps = scenario.capacities();
        replay(scenario, (s, live) -> {
            for (Map.Entry<Integer, Flow> e : live.entrySet()) {
                Flow f = e.getValue();
                double r = s.rate(e.getKey());
                if (r >= f.bound() * (1 - TOLERANCE)) {
                    continue;
                }
                boolean bottlenecked = false;
                for (int i = 0; i < f.links().length && !bottlenecked; i++) {
                    int l = f.links()[i];
                    if (f.weights()[i] > 0 && s.load(l) >= caps[l] * (1 - TOLERANCE)) {
                        bottlenecked = true;
                        for (Map.Entry<Integer, Flow> g : live.entrySet()) {
                            if (weightOn(g.getValue(), l) > 0 && s.rate(g.getKey()) > r * (1 + TOLERANCE)) {
                                bottlenecked = false;
                            }
                        }
                    }
                }
                assertTrue(bottlenecked, "flow " + e.getKey() + " at " + r + " below its bound has no bottleneck");
            }
        });
    }

    @Property(tries = 400)
    void shouldGiveTheRatesAFreshSharingOfTheSurvivorsGives(@ForAll("scenarios") Scenario scenario) {
        replay(scenario, (s, live) -> {
            MaxMinSharing fresh = new MaxMinSharing(scenario.capacities());
            for (Flow f : live.values()) {
                fresh.add(f.bound(), f.links(), f.weights());
            }
            // The fresh ids are 0, 1, ... in the survivors' id order.
            int id = 0;
            for (int survivor : live.keySet()) {
                double r = s.rate(survivor);
                assertEquals(r, fresh.rate(id++), r * TOLERANCE, "flow " + survivor);
            }
        });
    }

    @Property(tries = 400)
    void shouldReportExactlyTheOthersThatMovedAndRecomputeOnlyTheComponent(@ForAll("scenarios") Scenario scenario) {
        MaxMinSharing s = new MaxMinSharing(scenario.capacities());
        TreeMap<Integer, Flow> live = new TreeMap<>();
        for (Op op : scenario.ops()) {
            Map<Integer, Double> before = new TreeMap<>();
            live.keySet().forEach(id -> before.put(id, s.rate(id)));
            long recomputed = s.flowsRecomputed();
            Map<Integer, Flow> was = new TreeMap<>(live);
            int cause = apply(s, live, op, scenario.capacities().length);
            boolean added = live.containsKey(cause);
            Set<Integer> component = component(live, cause, added ? live.get(cause) : was.get(cause));
            assertEquals(recomputed + component.size(), s.flowsRecomputed(), "recomputed");
            List<Integer> moved = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : before.entrySet()) {
                int id = e.getKey();
                if (id != cause && live.containsKey(id) && s.rate(id) != e.getValue()) {
                    moved.add(id);
                }
            }
            List<Integer> reported = new ArrayList<>();
            for (int i = 0; i < s.changedCount(); i++) {
                reported.add(s.changed(i));
            }
            assertEquals(moved, reported);
        }
    }

    private interface Check {
        void after(MaxMinSharing s, TreeMap<Integer, Flow> live);
    }

    private static void replay(Scenario scenario, Check check) {
        MaxMinSharing s = new MaxMinSharing(scenario.capacities());
        TreeMap<Integer, Flow> live = new TreeMap<>();
        for (Op op : scenario.ops()) {
            apply(s, live, op, scenario.capacities().length);
            assertEquals(live.size(), s.flows());
            check.after(s, live);
        }
    }

    /** Applies {@code op} (a remove when there is nothing to remove becomes an add) and returns the flow it touched. */
    private static int apply(MaxMinSharing s, TreeMap<Integer, Flow> live, Op op, int links) {
        if ((!op.add() || live.size() == MAX_FLOWS) && !live.isEmpty()) {
            Integer victim = new ArrayList<>(live.keySet()).get(op.victim() % live.size());
            s.remove(victim);
            live.remove(victim);
            return victim;
        }
        Flow f = flow(op, links);
        int id = s.add(f.bound(), f.links(), f.weights());
        assertEquals(live.isEmpty() ? 0 : smallestFree(live), id, "id");
        live.put(id, f);
        return id;
    }

    private static Flow flow(Op op, int links) {
        int n = 0;
        boolean positive = false;
        for (int l = 0; l < links; l++) {
            if (op.choices()[l] < WEIGHTS.length) {
                n++;
                positive |= WEIGHTS[op.choices()[l]] > 0;
            }
        }
        int[] ls = new int[n];
        double[] ws = new double[n];
        // The crossed links rotated: the order they are given in must not matter.
        int shift = n == 0 ? 0 : op.victim() % n;
        for (int l = 0, k = 0; l < links; l++) {
            if (op.choices()[l] < WEIGHTS.length) {
                ls[(k + shift) % n] = l;
                ws[(k + shift) % n] = WEIGHTS[op.choices()[l]];
                k++;
            }
        }
        double bound = positive || op.bound() != Double.POSITIVE_INFINITY ? op.bound() : 1.5;
        return new Flow(bound, ls, ws);
    }

    private static int smallestFree(TreeMap<Integer, Flow> live) {
        int id = 0;
        while (live.containsKey(id)) {
            id++;
        }
        return id;
    }

    private static double weightOn(Flow f, int link) {
        for (int i = 0; i < f.links().length; i++) {
            if (f.links()[i] == link) {
                return f.weights()[i];
            }
        }
        return 0;
    }

    /** The live flows reachable from {@code cause}'s positive-weight links, and {@code cause} if live. */
    private static Set<Integer> component(TreeMap<Integer, Flow> live, int causeId, Flow cause) {
        Set<Integer> flows = new TreeSet<>();
        Set<Integer> links = new TreeSet<>();
        ArrayDeque<Flow> todo = new ArrayDeque<>();
        if (live.containsKey(causeId)) {
            flows.add(causeId);
        }
        todo.add(cause);
        while (!todo.isEmpty()) {
            Flow f = todo.poll();
            for (int i = 0; i < f.links().length; i++) {
                if (f.weights()[i] > 0 && links.add(f.links()[i])) {
                    for (Map.Entry<Integer, Flow> g : live.entrySet()) {
                        if (weightOn(g.getValue(), f.links()[i]) > 0 && flows.add(g.getKey())) {
                            todo.add(g.getValue());
                        }
                    }
                }
            }
        }
        return flows;
    }
}
