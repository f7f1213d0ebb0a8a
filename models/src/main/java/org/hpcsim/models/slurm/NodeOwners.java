package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Whose jobs run on each node, for partitions with ExclusiveUser=YES (slurm.conf(5): nodes are
 * "exclusively allocated to users. Multiple jobs may be run for the same user, but only one user
 * can be active at a time"). slurmctld (22.05, node_scheduler.c filter_by_node_owner, run by
 * select_nodes and by backfill on the nodes it plans with) keeps a job of such a partition off every
 * node where another user's job runs now, and keeps any job off a node where another user runs a
 * job of such a partition (the node's owner, node_mgr.c make_node_alloc). Both look at the jobs
 * running now only: a node another user will leave soon is not planned on either. Users are the
 * trace's user labels; jobs whose trace names no user count as one user.
 */
final class NodeOwners {
    /** Per node, the running jobs there by user; null while none runs there. */
    private final Map<String, Integer>[] jobsByUser;
    /** Per node, the user whose ExclusiveUser jobs run there, null for none, and how many they are. */
    private final String[] owner;
    private final int[] ownerJobs;
    private final BitSet occupied = new BitSet();
    private final BitSet owned = new BitSet();

    @SuppressWarnings("unchecked")
    NodeOwners(int nodes) {
        jobsByUser = new Map[nodes];
        owner = new String[nodes];
        ownerJobs = new int[nodes];
    }

    /** A job of {@code user} now runs on {@code a}; {@code exclusiveUser} when its partition says so. */
    void started(String user, boolean exclusiveUser, Allocation a) {
        for (int k = 0; k < a.nodeCount(); k++) {
            int n = a.node(k);
            if (jobsByUser[n] == null) {
                jobsByUser[n] = new HashMap<>(4);
            }
            jobsByUser[n].merge(user, 1, Integer::sum);
            occupied.set(n);
            if (exclusiveUser) {
                owner[n] = user;
                ownerJobs[n]++;
                owned.set(n);
            }
        }
    }

    /** The job {@link #started} so has left {@code a}. */
    void ended(String user, boolean exclusiveUser, Allocation a) {
        for (int k = 0; k < a.nodeCount(); k++) {
            int n = a.node(k);
            if (jobsByUser[n].merge(user, -1, Integer::sum) == 0) {
                jobsByUser[n].remove(user);
                if (jobsByUser[n].isEmpty()) {
                    occupied.clear(n);
                }
            }
            if (exclusiveUser && --ownerJobs[n] == 0) {
                owner[n] = null;
                owned.clear(n);
            }
        }
    }

    /** Clears from {@code avail} the nodes a job of {@code user} may not use; {@code exclusiveUser} as above. */
    void filter(BitSet avail, String user, boolean exclusiveUser) {
        BitSet from = exclusiveUser ? occupied : owned;
        for (int n = from.nextSetBit(0); n >= 0; n = from.nextSetBit(n + 1)) {
            if (avail.get(n) && !mayUse(n, user, exclusiveUser)) {
                avail.clear(n);
            }
        }
    }

    /** As {@link #filter(BitSet, String, boolean)} on node words (bit n of word n / 64 is node n). */
    void filter(long[] avail, String user, boolean exclusiveUser) {
        BitSet from = exclusiveUser ? occupied : owned;
        for (int n = from.nextSetBit(0); n >= 0 && (n >>> 6) < avail.length; n = from.nextSetBit(n + 1)) {
            if (!mayUse(n, user, exclusiveUser)) {
                avail[n >>> 6] &= ~(1L << n);
            }
        }
    }

    private boolean mayUse(int n, String user, boolean exclusiveUser) {
        if (exclusiveUser) {
            Map<String, Integer> users = jobsByUser[n];
            return users == null || users.size() == 1 && users.containsKey(user);
        }
        return owner[n] == null || owner[n].equals(user);
    }
}
