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

    /** The result of the last test: the nodes it would use at its start. */
    Allocation allocation;

    WillRun(SlurmCluster cluster) {
        this.cluster = cluster;
        this.projected = cluster.free.copy();
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
        projected.copyFrom(cluster.free);
        boolean whole = cluster.config.select() == SelectType.LINEAR || r.exclusive();
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
