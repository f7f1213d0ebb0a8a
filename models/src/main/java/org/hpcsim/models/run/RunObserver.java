package org.hpcsim.models.run;

import org.hpcsim.models.workload.Job;

/** Watches a run; observers see what happens and never change it. */
public interface RunObserver {
    /** A job arrived and joined the queue. */
    default void jobSubmitted(Job job, long now) {}

    /**
     * The scheduler refused a job at submission ({@code reason} says why, in one line): it names
     * no partition that could ever run it. It never starts and never ends.
     */
    default void jobRejected(Job job, long now, String reason) {}

    /** A job started on {@code cores} cores. */
    default void jobStarted(Job job, long now, long cores) {}

    /**
     * A scheduling pass ended, leaving {@code queueLength} jobs waiting. Every change of the
     * queue is followed by a pass at the same instant, so this is where queue length is sampled:
     * jobs that start at the instant they arrive never count as waiting.
     */
    default void passFinished(long now, int queueLength) {}

    /**
     * The number of powered-up nodes (booting, idle or busy) changed to {@code up}; also called
     * once at the first submission with the static node count.
     */
    default void nodesUp(long now, int up) {}

    /**
     * Cloud node {@code node} (its index in the cluster's node order) powered up at {@code now},
     * booting until {@code readyAt}, or ({@code up} false) began to power down and is no longer
     * paid for; heard with each {@link #nodesUp} that it changes, for accounting by node group.
     */
    default void nodePowered(long now, int node, boolean up, long readyAt) {}

    /**
     * {@code nodes} nodes began to boot at {@code now} and can run jobs from {@code readyAt}: dynamic
     * nodes powered up for a job, or the replacement of an interrupted Spot node. They are paid
     * from now (a dynamic node counts in {@link #nodesUp} from now; a static node's replacement
     * takes its place) but run nothing until then. No event marks {@code readyAt}.
     */
    default void nodesBooting(long now, int nodes, long readyAt) {}

    /** A job ended: once per job, with how it ended (completed, timed out, or preempted and cancelled). */
    default void jobFinished(JobOutcome outcome) {}

    /**
     * Preemption cut a run of a job short and put the job back in the queue (Slurm PreemptMode=REQUEUE):
     * {@code run} is the lost run (end state REQUEUED). The job will start again from the beginning
     * and then end through {@link #jobFinished}, so an observer that pairs {@link #jobStarted} with
     * the end of a run must count this as an end too.
     */
    default void jobRequeued(JobOutcome run) {}

    /**
     * Called now and then during the run (every few thousand scheduling passes) with the clock and
     * the number of events fired, for progress displays; never on a schedule that depends on them.
     */
    default void heartbeat(long now, long events) {}

    /** The last event has fired. */
    default void runFinished(long now) {}
}
