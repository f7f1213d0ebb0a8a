package org.hpcsim.reports.plan;

import static org.hpcsim.reports.plan.PlanFixtures.COST;
import static org.hpcsim.reports.plan.PlanFixtures.WAIT;
import static org.hpcsim.reports.plan.PlanFixtures.point;
import static org.hpcsim.reports.plan.PlanFixtures.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hpcsim.scenarios.plan.PlanObjective;
import org.junit.jupiter.api.Test;

/** The recommendation: the best objective mean among the candidates; ties to the smaller value, then grid order. */
class PlanResultTest {
    private static CombinationResult only(int c, Evaluation e) {
        return new CombinationResult(c, Map.of("capacity", e.values().get("capacity")), List.of(e), e, null);
    }

    @Test
    void shouldRecommendTheCheapestCandidate() {
        PlanResult r = PlanFixtures.twoCapacities();
        assertSame(r.combinations().get(1), r.recommended());
        assertEquals(4, r.recommendation().level());
        assertEquals(4.0, r.recommendation().objective().mean(), 1e-9);
        assertEquals(8, r.evaluations().size());
        assertEquals(List.of(2L, 3L, 4L, 8L), r.evaluations().subList(0, 4).stream().map(Evaluation::level).toList(),
                "listed by increasing value");
        assertEquals(24, r.runs());
    }

    @Test
    void shouldBreakTiesBySmallerValueThenEarlierCombination() {
        Evaluation bigger = point(0, "a", 6, same(100, 2), same(10, 2));
        Evaluation smaller = point(1, "b", 5, same(100, 2), same(10, 2));
        Evaluation again = point(2, "c", 5, same(100, 2), same(10, 2));
        PlanResult r = PlanResult.of("t", List.of("nodes", "capacity"), "nodes", COST, List.of(WAIT), 2,
                List.of(only(0, bigger), only(1, smaller), only(2, again)));
        assertSame(smaller, r.recommendation());
    }

    @Test
    void shouldMaximizeWhenAskedAndRankAMissingObjectiveLast() {
        PlanObjective most = new PlanObjective("totalCost", true);
        Evaluation none = point(0, "a", 4, same(100, 2), same(Double.NaN, 2));
        Evaluation low = point(1, "b", 4, same(100, 2), same(5, 2));
        Evaluation high = point(2, "c", 4, same(100, 2), same(9, 2));
        PlanResult r = PlanResult.of("t", List.of("nodes", "capacity"), "nodes", most, List.of(WAIT), 2,
                List.of(only(0, none), only(1, low), only(2, high)));
        assertSame(high, r.recommendation());
    }

    @Test
    void shouldRecommendNothingWhenNoCombinationHasACandidate() {
        Evaluation top = point(0, "a", 8, same(9000, 2), same(1, 2));
        PlanResult r = PlanResult.of("t", List.of("nodes", "capacity"), "nodes", COST, List.of(WAIT), 2,
                List.of(new CombinationResult(0, Map.of("capacity", "a"), List.of(top), null, null)));
        assertNull(r.recommended());
        assertEquals(0, r.feasibleCombinations());
        String text = PlanText.render(r);
        assertTrue(text.contains("No recommendation"), text);
        assertTrue(text.contains("capacity=a: fails even at nodes=8: p95 wait mean 2.5 h, 95% interval up to 2.5 h"
                + " > max 60.0 min"), text);
    }

    @Test
    void shouldExplainTheRecommendationWithItsMarginAndTheRejectedValue() {
        String text = PlanText.render(PlanFixtures.twoCapacities());
        assertTrue(text.contains("Recommendation: nodes=4, capacity=spot. It is the smallest nodes meeting every"
                + " constraint with 95% confidence"), text);
        assertTrue(text.contains("p95 wait: mean 60.0 min, 95% interval up to 60.0 min <= max 60.0 min: 0.0% of the"
                + " limit left"), text);
        assertTrue(text.contains("nodes=3 (the next smaller value) was rejected: p95 wait mean 80.0 min, 95%"
                + " interval up to 80.0 min > max 60.0 min"), text);
        assertTrue(text.contains("other: capacity=ondemand: nodes=4, total cost $12.00"), text);
    }
}
