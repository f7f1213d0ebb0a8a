package org.hpcsim.cli.sweep;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hpcsim.reports.sweep.PointResultFiles;

/**
 * Runs a study's points on local threads, each an independent simulation, writing each point's
 * result as it finishes; points that already have a result are skipped, so an interrupted study
 * resumes where it stopped.
 */
public final class LocalExecutor {
    private final PointRunner runner;
    private final PointResultFiles results;
    private final int threads;

    /** Runs {@code runner}'s points into {@code results} on {@code threads} threads. */
    public LocalExecutor(PointRunner runner, PointResultFiles results, int threads) {
        this.runner = runner;
        this.results = results;
        this.threads = threads;
    }

    /**
     * Runs {@code points}, drawing progress on {@code progress} (null: none). The first point to
     * fail stops the study once the points already running end; its error is thrown.
     */
    public void run(List<Integer> points, PrintStream progress) {
        PointProgress bar = new PointProgress(progress, points.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-point");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int index : points) {
                futures.add(pool.submit(() -> {
                    results.write(runner.run(index));
                    bar.pointDone();
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
