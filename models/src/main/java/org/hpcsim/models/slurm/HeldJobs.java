package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The running jobs whose nodes {@link NodeFreeTimes} holds busy, kept from one backfill pass to the
 * next so that a pass takes in only what changed since the last: the jobs that ended leave, those
 * started since come in. A job is known by its allocation, which a restart renews. Each node counts
 * the jobs that hold it; a node that another job still holds when one leaves, or a job whose limit
 * moved, cannot be told apart from the rest, and then the caller rebuilds from the running jobs.
 */
final class HeldJobs {
    /** What {@link #update} found. */
    enum Change { NONE, SOME, REBUILD }

    private static final class Held {
        final Allocation allocation;
        final long limitEnd;
        long seen;

        Held(Allocation allocation, long limitEnd) {
            this.allocation = allocation;
            this.limitEnd = limitEnd;
        }
    }

    private final List<Held> held = new ArrayList<>();
    private final List<Held> kept = new ArrayList<>();
    /** Lookups only: the order of the jobs is {@link #held}'s. */
    private final IdentityHashMap<Allocation, Held> byAllocation = new IdentityHashMap<>();
    private final int[] holders;
    private long epoch;

    HeldJobs(int nodes) {
        holders = new int[nodes];
    }

    /** Forgets every job (the caller rebuilds its order). */
    void clear() {
        Arrays.fill(holders, 0);
        held.clear();
        byAllocation.clear();
    }

    /** A job holds {@code a} until {@code limitEnd} (once: an allocation held already is left as it is). */
    void hold(Allocation a, long limitEnd) {
        if (byAllocation.containsKey(a)) {
            return;
        }
        Held h = new Held(a, limitEnd);
        byAllocation.put(a, h);
        h.seen = epoch;
        held.add(h);
        for (int k = 0; k < a.nodeCount(); k++) {
            holders[a.node(k)]++;
        }
    }

    /**
     * Brings the held jobs to {@code running} at {@code now}: the nodes of jobs gone are released
     * from {@code order} (and taken out of it), the jobs past their limits have their nodes' free
     * time moved to {@code now} plus a second, and the running jobs not held yet are left in
     * {@code fresh}, in running order, for the caller to occupy. On {@link Change#REBUILD} every
     * job is forgotten, and the caller clears {@code order} and occupies them all again.
     */
    Change update(List<SlurmJob> running, long now, BusyOrder order, List<SlurmJob> fresh) {
        epoch++;
        fresh.clear();
        for (SlurmJob j : running) {
            Held h = byAllocation.get(j.allocation);
            if (h == null) {
                fresh.add(j);
            } else if (h.limitEnd != j.limitEnd) {
                clear();
                return Change.REBUILD; // its end moved (a grace time): its nodes' free time may fall
            } else {
                h.seen = epoch;
            }
        }
        boolean changed = !fresh.isEmpty();
        kept.clear();
        boolean released = false;
        for (Held h : held) {
            if (h.seen == epoch) {
                kept.add(h);
                continue;
            }
            byAllocation.remove(h.allocation);
            Allocation a = h.allocation;
            for (int k = 0; k < a.nodeCount(); k++) {
                int n = a.node(k);
                if (--holders[n] > 0) {
                    clear();
                    return Change.REBUILD; // shared: its free time may have been this job's
                }
                order.release(n);
            }
            released = true;
        }
        held.clear();
        held.addAll(kept);
        if (released) {
            order.dropReleased();
            changed = true;
        }
        for (Held h : held) {
            if (h.limitEnd <= now) { // past its limit: free a second from now, later than at the last pass
                Allocation a = h.allocation;
                for (int k = 0; k < a.nodeCount(); k++) {
                    order.hold(a.node(k), NodeFreeTimes.freeTimeOf(h.limitEnd, now));
                }
                changed = true;
            }
        }
        return changed ? Change.SOME : Change.NONE;
    }
}
