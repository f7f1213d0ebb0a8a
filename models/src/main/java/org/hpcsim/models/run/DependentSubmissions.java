package org.hpcsim.models.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.workload.Job;

/**
 * Submits the jobs of a workload whose jobs may name a preceding job (SWF fields 17 and 18): a
 * job arriving at its recorded submit time is submitted then, later (its preceding job ended
 * recently and the think time has not passed), or once its preceding job ends. Both batch run
 * loops use it, so dependencies mean the same under every scheduler.
 */
public final class DependentSubmissions {
    private final Simulation sim;
    private final Consumer<Job> submit;
    private final LongConsumer delayedTo;
    private final DependencyTracker tracker = new DependencyTracker();
    /** Delayed submissions by their event's key. */
    private final Map<Long, Job> delayed = new HashMap<>();
    /** The keys of the delayed submissions by time, each time's in the order they were delayed. */
    private final TreeMap<Long, ArrayDeque<Long>> keysByTime = new TreeMap<>();
    private final int delayedKind;
    private long delayedCount;

    /** Submissions through {@code submit}, delayed ones scheduled on {@code sim}. */
    public DependentSubmissions(Simulation sim, Consumer<Job> submit) {
        this(sim, submit, t -> { });
    }

    /** As above, and tells {@code delayedTo} the time of each submission it delays. */
    public DependentSubmissions(Simulation sim, Consumer<Job> submit, LongConsumer delayedTo) {
        this.sim = sim;
        this.submit = submit;
        this.delayedTo = delayedTo;
        this.delayedKind = sim.registerHandler("dependent submission", payload -> {
            Job job = delayed.remove(payload);
            if (job != null) { // else submitted by submitDue earlier in this instant
                ArrayDeque<Long> keys = keysByTime.get(job.submitTime());
                keys.removeFirstOccurrence(payload); // the first, as events of one instant fire in order
                if (keys.isEmpty()) {
                    keysByTime.remove(job.submitTime());
                }
                submit.accept(job);
            }
        });
    }

    /**
     * Submits now every delayed job due now, in the order they were delayed. Their events may come
     * later in this instant; they then find nothing to do.
     */
    public void submitDue() {
        ArrayDeque<Long> keys = keysByTime.remove(sim.now());
        if (keys != null) {
            List<Job> due = new ArrayList<>(keys.size());
            for (long key : keys) {
                due.add(delayed.remove(key));
            }
            due.forEach(submit);
        }
    }

    /** {@code job} reached its recorded submit time. */
    public void arrived(Job job) {
        tracker.arrived(job);
        submitAt(job, tracker.releaseTime(job, sim.now()));
    }

    /** {@code job} ended: the jobs waiting for it are submitted after their think time. */
    public void ended(Job job) {
        long now = sim.now();
        for (Job d : tracker.ended(job, now)) {
            submitAt(d, Math.max(now + DependencyTracker.think(d), d.submitTime()));
        }
    }

    /** Whether jobs are still held or waiting for their delayed submission. */
    public boolean pending() {
        return !delayed.isEmpty() || tracker.held() > 0;
    }

    /** Jobs held for a preceding job that has not ended. */
    public int held() {
        return tracker.held();
    }

    /** Submits a job at {@code time} (now, later, or -1: it stays held). */
    private void submitAt(Job job, long time) {
        long now = sim.now();
        if (time == now) {
            submit.accept(job.submitTime() == now ? job : job.withTimes(now, job.runTime(), job.requestedTime()));
        } else if (time > now) {
            long key = delayedCount++;
            delayed.put(key, job.withTimes(time, job.runTime(), job.requestedTime()));
            keysByTime.computeIfAbsent(time, t -> new ArrayDeque<>()).add(key);
            sim.schedule(time, delayedKind, key);
            delayedTo.accept(time);
        }
    }
}
