package org.hpcsim.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.hpcsim.reports.plan.CombinationResult;
import org.hpcsim.reports.plan.Evaluation;
import org.hpcsim.reports.plan.PlanJson;
import org.hpcsim.reports.plan.PlanResult;
import org.hpcsim.scenarios.plan.PlanLoader;
import org.hpcsim.scenarios.plan.PlanPoint;
import org.hpcsim.scenarios.plan.PlanSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search against a synthetic evaluator (no simulation): a p95 wait of K / nodes, K = 36,000 s
 * under easy and 48,000 s under fcfs, with replications spread by -d, 0, +d; cost = nodes.
 */
class PlanSearchTest {
    private static final List<String> METRICS = List.of("p95Wait", "totalCost");

    @TempDir
    Path dir;

    private PlanSpec plan(int replications) throws IOException {
        return new PlanLoader(METRICS).load(Files.writeString(dir.resolve("plan.yaml"), "name: fake\n"
                + "replications: " + replications + "\n"
                + "scenario:\n  cluster: {nodes: 4, coresPerNode: 8}\n"
                + "  workload:\n    synthetic: {model: poisson, jobs: 20, load: 0.5}\n"
                + "objective: {minimize: totalCost}\n"
                + "constraints:\n  - {metric: p95Wait, max: 3600}\n"
                + "search:\n  - {path: cluster.nodes, range: {from: 1, to: 16}, monotone: true}\n"
                + "  - {path: scheduler.policy, values: [fcfs, easy]}\n"));
    }

    /** The synthetic evaluator; counts its calls. */
    private static PlanSearch.Runs fake(PlanSpec plan, double spread, AtomicInteger calls) {
        return (point, r) -> {
            calls.incrementAndGet();
            Map<String, String> v = plan.values(point);
            double nodes = Double.parseDouble(v.get("nodes"));
            double k = v.get("policy").equals("easy") ? 36_000 : 48_000;
            return Map.of("p95Wait", k / nodes + spread * (r % 3 - 1), "totalCost", nodes);
        };
    }

    @Test
    void shouldFindTheExactBoundaryOfEachCombinationInFivePointsOfSixteen() throws IOException {
        PlanSpec plan = plan(3);
        AtomicInteger calls = new AtomicInteger();
        PlanResult r = new PlanSearch(plan, fake(plan, 0, calls), 2, done -> { }).run();
        assertEquals(List.of(14L, 10L), r.combinations().stream().map(c -> c.candidate().level()).toList(),
                "48,000 / 14 <= 3600 < 48,000 / 13; 36,000 / 10 = 3600");
        for (CombinationResult c : r.combinations()) {
            assertEquals(5, c.evaluations().size(), "the top, then log2(16) halvings");
            assertEquals(16L, c.evaluations().get(0).level(), "the top first");
            assertEquals(c.candidate().level() - 1, c.below().level());
            assertFalse(c.below().feasible());
        }
        assertEquals(10 * 3, calls.get(), "each point's replications run once");
        assertEquals("easy", r.recommendation().values().get("policy"));
        assertEquals(10L, r.recommendation().level());
    }

    @Test
    void shouldRejectAMeanThatMeetsTheLimitWhenItsIntervalDoesNot() throws IOException {
        PlanSpec plan = plan(3);
        PlanResult r = new PlanSearch(plan, fake(plan, 100, new AtomicInteger()), 1, done -> { }).run();
        Evaluation rec = r.recommendation();
        assertEquals(11L, rec.level(), "at 10 nodes the mean is 3600 s, but its interval reaches about 3848 s");
        Evaluation ten = r.recommended().below();
        assertEquals(10L, ten.level());
        assertEquals(3600, ten.checks().get(0).summary().mean(), 1e-6);
        assertFalse(ten.feasible());
        assertTrue(rec.checks().get(0).bound() <= 3600);
    }

    @Test
    void shouldReportACombinationThatFailsAtTheTopAfterOnePoint() throws IOException {
        PlanSpec plan = plan(2);
        PlanResult r = new PlanSearch(plan, (p, rep) -> Map.of("p95Wait", 1e6, "totalCost", 1.0), 2, d -> { }).run();
        assertNull(r.recommended());
        for (CombinationResult c : r.combinations()) {
            assertEquals(1, c.evaluations().size());
            assertNull(c.candidate());
        }
    }

    @Test
    void shouldEvaluateAPointOnceHoweverOftenItIsAsked() throws IOException {
        PlanSpec plan = plan(3);
        AtomicInteger calls = new AtomicInteger();
        List<Integer> progress = new ArrayList<>();
        PlanSearch search = new PlanSearch(plan, fake(plan, 0, calls), 1, progress::add);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Evaluation a = search.evaluate(new PlanPoint(1, 5), workers);
            Evaluation b = search.evaluate(new PlanPoint(1, 5), workers);
            assertSame(a, b);
        } finally {
            workers.shutdownNow();
        }
        assertEquals(3, calls.get());
        assertEquals(1, search.evaluated());
        assertEquals(List.of(1), progress);
    }

    @Test
    void shouldGiveTheSameResultOnOneThreadOrMany() throws IOException {
        PlanSpec plan = plan(3);
        String one = PlanJson.render(new PlanSearch(plan, fake(plan, 100, new AtomicInteger()), 1, d -> { }).run(),
                Map.of());
        String many = PlanJson.render(new PlanSearch(plan, fake(plan, 100, new AtomicInteger()), 4, d -> { }).run(),
                Map.of());
        assertEquals(one, many);
    }
}
