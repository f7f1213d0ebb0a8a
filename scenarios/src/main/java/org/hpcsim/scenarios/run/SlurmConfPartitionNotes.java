package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.slurmconf.OverSubscribe;
import org.hpcsim.scenarios.slurmconf.Partition;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/**
 * The partition settings of a slurm.conf that are read but not modelled, one note per partition
 * that sets any of them away from its default, so that a run never differs from the file silently.
 */
final class SlurmConfPartitionNotes {
    private SlurmConfPartitionNotes() {}

    /** Adds to {@code notes} a line for each partition of {@code conf} with settings the model does not act on. */
    static void add(SlurmConf conf, List<String> notes) {
        for (Partition p : conf.partitions()) {
            List<String> unmodelled = new ArrayList<>();
            // NO, EXCLUSIVE (whole nodes) are modelled; YES shares only with jobs that ask for
            // --oversubscribe, which no trace records, so it runs as NO. FORCE:1 shares nothing
            // either (node_scheduler.c _resolve_shared_status shares only for FORCE with a count
            // over 1; a real slurmctld 22.05.8 under FORCE:1 ran one 8-CPU job per 8-CPU node and
            // gave --exclusive a whole node, as under NO); it shares only with suspended jobs,
            // which are not modelled.
            if (p.overSubscribe().mode() == OverSubscribe.Mode.FORCE && p.overSubscribe().jobsPerResource() > 1) {
                unmodelled.add("OverSubscribe=FORCE:" + p.overSubscribe().jobsPerResource());
            }
            if (!unmodelled.isEmpty()) {
                notes.add(p.at() + ": partition " + p.name() + ": " + String.join(", ", unmodelled)
                        + (unmodelled.size() == 1 ? " is" : " are") + " not modelled: its jobs are scheduled as if "
                        + (unmodelled.size() == 1 ? "it were" : "they were") + " left at the default");
            }
        }
    }
}
