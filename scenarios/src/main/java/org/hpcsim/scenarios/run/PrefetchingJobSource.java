package org.hpcsim.scenarios.run;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Reads another job source on a thread of its own, a batch ahead, so that parsing a trace
 * overlaps the simulation on a second core. Jobs come out in exactly the order the source gives
 * them, so results do not change; an error in the source is rethrown to the caller at the
 * position where it occurred.
 */
final class PrefetchingJobSource implements JobSource {
    private static final int BATCH = 4096;
    private static final int BATCHES_AHEAD = 4;

    private record Batch(Job[] jobs, int count, RuntimeException error) {}

    private final JobSource source;
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private Batch current = new Batch(new Job[0], 0, null);
    private int next;
    private boolean exhausted;

    PrefetchingJobSource(JobSource source, String name) {
        this.source = source;
        this.reader = new Thread(this::readAll, "hpcsim-read-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        Job[] jobs = new Job[BATCH];
        int n = 0;
        try {
            try {
                for (Job j = source.next(); j != null; j = source.next()) {
                    jobs[n++] = j;
                    if (n == BATCH) {
                        ready.put(new Batch(jobs, n, null));
                        jobs = new Job[BATCH];
                        n = 0;
                    }
                }
            } catch (RuntimeException e) {
                // The jobs read before the error go first, so the caller meets it where it occurred.
                ready.put(new Batch(jobs, n, null));
                ready.put(new Batch(null, 0, e));
                return;
            }
            ready.put(new Batch(jobs, n, null));
            ready.put(new Batch(null, 0, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Job next() {
        while (next == current.count()) {
            if (exhausted) {
                return null;
            }
            try {
                current = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading jobs", e);
            }
            next = 0;
            if (current.error() != null) {
                exhausted = true;
                throw current.error();
            }
            if (current.jobs() == null) {
                exhausted = true;
                return null;
            }
        }
        return current.jobs()[next++];
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
