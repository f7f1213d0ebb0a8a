package org.hpcsim.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands items to a thread of their own for formatting and writing, in batches, so that a run's
 * per-job output costs the simulation thread almost nothing on a machine with a second core. Items
 * are written in the order they were added; a failure of the writer is thrown to the caller at
 * its next {@link #add} or at {@link #finish}.
 *
 * @param <T> the kind of item written
 */
final class WriterThread<T> implements AutoCloseable {
    /** Formats and writes one item; runs on the writer thread only. */
    @FunctionalInterface
    interface ItemWriter<T> {
        void write(T item) throws IOException;
    }

    private static final int BATCH = 4096;
    private static final Object[] END = new Object[0];

    private final ItemWriter<T> writer;
    private final BlockingQueue<Object[]> batches = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private Object[] batch = new Object[BATCH];
    private int size;
    private volatile IOException failure;
    private volatile boolean abandoned;

    WriterThread(String name, ItemWriter<T> writer) {
        this.writer = writer;
        this.thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        thread.start();
    }

    @SuppressWarnings("unchecked")
    private void drain() {
        try {
            for (Object[] b = batches.take(); b != END; b = batches.take()) {
                for (Object item : b) {
                    if (item == null || abandoned) {
                        break;
                    }
                    writer.write((T) item);
                }
            }
        } catch (IOException e) {
            failure = e;
            batches.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void add(T item) {
        batch[size++] = item;
        if (size == BATCH) {
            send(batch);
            batch = new Object[BATCH];
            size = 0;
        }
    }

    private void send(Object[] b) {
        rethrow();
        try {
            while (!batches.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the writer thread stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing output to its writer", e);
        }
    }

    private void rethrow() {
        IOException e = failure;
        if (e != null) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Writes everything added so far and stops the thread. */
    void finish() {
        if (size > 0) {
            send(java.util.Arrays.copyOf(batch, size));
            size = 0;
        }
        send(END);
        join();
        rethrow();
    }

    /** Stops the thread, dropping what was not written yet. */
    @Override
    public void close() {
        abandoned = true;
        if (thread.isAlive()) {
            batches.clear();
            batches.offer(END);
            join();
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
