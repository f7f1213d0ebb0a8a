package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;

/**
 * slurmctld's main scheduling loop (job_scheduler.c's {@code _schedule}): jobs are tried in queue
 * order and started where their partition has room. When one cannot start, its partition is
 * failed for the rest of the pass: no later job in it starts, and its nodes are withheld from
 * jobs of overlapping partitions. That is strict priority order within a partition. An
 * event-triggered pass tests at most default_queue_depth jobs; the periodic pass tests them all.
 */
final class MainLoop {
    private final SlurmCluster cluster;
    private final JobStarter starter;
    private final int depthLimit;
    private final BitSet avail = new BitSet();
    private final BitSet candidates = new BitSet();
    private boolean waitingForSwitches;

    MainLoop(SlurmCluster cluster, JobStarter starter, int depthLimit) {
        this.cluster = cluster;
        this.starter = starter;
        this.depthLimit = depthLimit;
    }

    /**
     * Whether the last pass left a job pending that was held to its --switches count: only a later
     * pass can start it once its wait is over, so the periodic pass must keep running.
     */
    boolean waitingForSwitches() {
        return waitingForSwitches;
    }

    /** One pass over {@code queue} at {@code now}; returns how many jobs started. */
    int pass(JobQueue queue, boolean fullQueue, long now) {
        waitingForSwitches = false;
        List<JobQueue.Entry> entries = queue.inOrder();
        boolean[] failed = new boolean[cluster.partitions.size()];
        avail.clear();
        avail.or(cluster.up);
        int depth = 0;
        int started = 0;
        for (JobQueue.Entry e : entries) {
            SlurmJob job = e.job();
            if (!job.pending()) {
                continue; // started in an earlier partition entry during this pass
            }
            // job_scheduler.c counts a job before the failed-partition test: "job_depth++ > def_job_limit".
            if (!fullQueue && depth++ > depthLimit) {
                break;
            }
            int p = e.partition();
            if (failed[p]) {
                continue;
            }
            candidates.clear();
            candidates.or(cluster.partitionNodes(p));
            candidates.and(avail);
            if (!cluster.maintenance.isEmpty()) {
                long limit = cluster.partitions.get(p).timeLimitFor(job.request.timeLimit());
                candidates.andNot(cluster.maintenance.blocking(now, limit == Long.MAX_VALUE ? Long.MAX_VALUE : now + limit));
            }
            int leafLimit = cluster.leafLimit(job, now);
            Allocation a = cluster.selector.select(job.request, candidates, cluster.free, leafLimit);
            if (a != null) {
                starter.start(job, p, a);
                started++;
            } else {
                waitingForSwitches |= leafLimit > 0;
                failed[p] = true;
                avail.andNot(cluster.partitionNodes(p));
            }
        }
        return started;
    }
}
