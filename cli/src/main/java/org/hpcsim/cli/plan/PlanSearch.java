package org.hpcsim.cli.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.plan.CombinationResult;
import org.hpcsim.reports.plan.Evaluation;
import org.hpcsim.reports.plan.PlanResult;
import org.hpcsim.reports.sweep.PointResult;
import org.hpcsim.scenarios.plan.Bisection;
import org.hpcsim.scenarios.plan.PlanPoint;
import org.hpcsim.scenarios.plan.PlanSpec;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.run.SharedTraces;

/**
 * Searches a plan: every combination of grid values, each by bisection on the monotone dimension
 * (the steps of one bisection depend on each other, so they run one after the other), the
 * combinations side by side and each point's replications side by side on the same threads. A
 * point is evaluated at most once, however often the search asks for it.
 */
public final class PlanSearch {
    /** One replication of one point: its headline metrics by key (NaN where a run has none). */
    @FunctionalInterface
    public interface Runs {
        /** Runs replication {@code replication} of {@code point}. */
        Map<String, Double> run(PlanPoint point, int replication);
    }

    private final PlanSpec plan;
    private final Runs runs;
    private final int threads;
    private final IntConsumer progress;
    private final ConcurrentHashMap<PlanPoint, CompletableFuture<Evaluation>> evaluated = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();

    /**
     * A search of {@code plan} that runs points with {@code runs} on {@code threads} threads and
     * tells {@code progress} how many points are done after each one.
     */
    public PlanSearch(PlanSpec plan, Runs runs, int threads, IntConsumer progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, got " + threads);
        }
        this.plan = plan;
        this.runs = runs;
        this.threads = threads;
        this.progress = progress;
    }

    /** Runs of {@code plan}'s points as simulations, reading traces through {@code traces}. */
    public static Runs simulations(PlanSpec plan, SharedTraces traces) {
        return (point, replication) -> {
            RunReport report = ScenarioRunner.run(plan.scenarioOf(point, replication), plan.baseDir(),
                    context -> List.of(), traces);
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (HeadlineMetric m : HeadlineMetric.values()) {
                metrics.put(m.key(), m.of(report.metrics(), report.cost()));
            }
            return metrics;
        };
    }

    /** Searches every combination and picks the recommendation; the first failure stops the search and is thrown. */
    public PlanResult run() {
        // Two pools: a search thread only waits on its points' replications, which run on the
        // workers, so a search never holds a worker and the two cannot deadlock.
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("plan-run"));
        ExecutorService searches = Executors.newFixedThreadPool(Math.min(threads, plan.combinations()),
                daemon("plan-search"));
        try {
            List<Future<CombinationResult>> futures = new ArrayList<>();
            for (int c = 0; c < plan.combinations(); c++) {
                int combination = c;
                futures.add(searches.submit(() -> search(combination, workers)));
            }
            List<CombinationResult> results = new ArrayList<>();
            for (Future<CombinationResult> f : futures) {
                results.add(join(f));
            }
            return PlanResult.of(plan.name(), plan.dimensions(),
                    plan.monotone() == null ? null : plan.monotone().name(), plan.objective(), plan.constraints(),
                    plan.replications(), results);
        } finally {
            searches.shutdownNow();
            workers.shutdownNow();
        }
    }

    /** Points evaluated so far (each once). */
    public int evaluated() {
        return evaluated.size();
    }

    private CombinationResult search(int c, ExecutorService workers) {
        if (plan.monotone() == null) {
            Evaluation e = evaluate(new PlanPoint(c, -1), workers);
            return new CombinationResult(c, plan.gridValues(c), List.of(e), e.feasible() ? e : null, null);
        }
        List<Evaluation> asked = new ArrayList<>();
        Bisection.Result r = Bisection.smallest(plan.levels(), level -> {
            Evaluation e = evaluate(new PlanPoint(c, level), workers);
            asked.add(e);
            return e.feasible();
        });
        Evaluation candidate = r.smallest() < 0 ? null : at(asked, r.smallest());
        Evaluation below = candidate == null ? null : at(asked, r.smallest() - 1);
        return new CombinationResult(c, plan.gridValues(c), asked, candidate, below);
    }

    private static Evaluation at(List<Evaluation> asked, int level) {
        for (Evaluation e : asked) {
            if (e.point().level() == level) {
                return e;
            }
        }
        return null;
    }

    /** The point's evaluation: run now by the first caller, waited for by any other. */
    Evaluation evaluate(PlanPoint p, ExecutorService workers) {
        CompletableFuture<Evaluation> mine = new CompletableFuture<>();
        CompletableFuture<Evaluation> earlier = evaluated.putIfAbsent(p, mine);
        if (earlier != null) {
            return join(earlier);
        }
        try {
            List<Future<Map<String, Double>>> reps = new ArrayList<>();
            for (int r = 0; r < plan.replications(); r++) {
                int replication = r;
                reps.add(workers.submit(() -> runs.run(p, replication)));
            }
            List<PointResult.Replication> replications = new ArrayList<>();
            for (int r = 0; r < reps.size(); r++) {
                replications.add(new PointResult.Replication(r, plan.seedOf(p, r), join(reps.get(r))));
            }
            Evaluation e = Evaluation.of(p, plan.values(p), p.level() < 0 ? 0 : plan.monotone().value(p.level()),
                    replications, plan.objective(), plan.constraints());
            mine.complete(e);
            progress.accept(done.incrementAndGet());
            return e;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The future's value; its failure rethrown as it was thrown, so a bad-input error keeps its one line. */
    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
