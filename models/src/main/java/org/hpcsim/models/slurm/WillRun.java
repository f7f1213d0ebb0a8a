package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;

/**
 * The select plugin's "will run" test: the earliest time a job fits on a set of nodes, assuming
 * running jobs end at their time limits. Running jobs are released in order of that end until
 * the job fits; the start is the end of the last one released, or one second from now when that
 * job is already past its limit (select_linear.c, 22.05). A cheap count of what the candidate
 * nodes would have free skips the full selection until it could succeed.
 */
final class WillRun {
    private final SlurmCluster cluster;
    private final NodeResources projected;
    private final NodeFreeTimes freeTimes;
    private final Allocation[] chosen = new Allocation[1];

    /** The result of the last test: the nodes it would use at its start. */
    Allocation allocation;

    WillRun(SlurmCluster cluster) {
        this.cluster = cluster;
        this.projected = cluster.free.copy();
        this.freeTimes = new NodeFreeTimes(cluster.nodes.size());
    }

    /** Starts a backfill pass: learns when each busy node frees up. */
    void reset(List<SlurmJob> running, long now) {
        freeTimes.reset(running, now);
    }

    /** The pass started {@code job}: its nodes are busy until its limit. */
    void started(SlurmJob job, long now) {
        freeTimes.occupy(job.allocation, job.limitEnd, now);
    }

    /**
     * Earliest start at or after {@code now} of {@code r} on {@code avail}, given {@code running}
     * sorted by time-limit end; -1 when it never fits there.
     */
    long earliest(JobRequest r, BitSet avail, List<SlurmJob> running, long now) {
        allocation = cluster.selector.select(r, avail, cluster.free);
        if (allocation != null) {
            return now;
        }
        boolean whole = cluster.selector.wholeNodes(r);
        if (whole) {
            long t = freeTimes.earliest(r, avail, cluster.free.idle, cluster.selector, cluster.nodes, now, chosen);
            allocation = chosen[0];
            return t;
        }
        projected.copyFrom(cluster.free);
        long room = room(avail, whole);
        long need = whole ? Math.max(r.minNodes(), 1) : r.cpus();
        for (SlurmJob j : running) {
            Allocation a = j.allocation;
            for (int k = 0; k < a.nodeCount(); k++) {
                int n = a.node(k);
                if (avail.get(n)) {
                    room += whole ? (projected.jobs[n] == 1 ? 1 : 0) : a.cpus(k);
                }
            }
            projected.release(a);
            if (room < need) {
                continue;
            }
            allocation = cluster.selector.select(r, avail, projected);
            if (allocation != null) {
                return j.limitEnd <= now ? now + SimTime.SECOND : j.limitEnd;
            }
        }
        return -1;
    }

    private long room(BitSet avail, boolean whole) {
        long room = 0;
        for (int n = avail.nextSetBit(0); n >= 0; n = avail.nextSetBit(n + 1)) {
            room += whole ? (projected.idle(n) ? 1 : 0) : projected.freeCpus[n];
        }
        return room;
    }
}
