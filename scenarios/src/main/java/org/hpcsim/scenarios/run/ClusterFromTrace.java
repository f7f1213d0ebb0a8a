package org.hpcsim.scenarios.run;

import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.swf.SwfHeader;

/**
 * The machine a trace was recorded on, from its SWF header, for scenarios that give no cluster:
 * MaxNodes nodes of MaxProcs / MaxNodes cores when that divides evenly, else MaxProcs one-core
 * nodes. Jobs get cores, since SWF counts processors.
 */
final class ClusterFromTrace {
    private ClusterFromTrace() {}

    static ClusterSpec of(SwfHeader header, String trace) {
        long procs = header.maxProcs();
        long nodes = header.maxNodes();
        if (procs <= 0 && nodes <= 0) {
            throw new ScenarioException(trace + ": the header gives neither MaxProcs nor MaxNodes;"
                    + " describe the machine in the scenario's 'cluster' (or with --nodes)");
        }
        if (procs <= 0) {
            procs = nodes;
        }
        if (nodes <= 0 || procs % nodes != 0) {
            nodes = procs;
        }
        if (procs > Integer.MAX_VALUE) {
            throw new ScenarioException(trace + ": MaxProcs " + procs + " is beyond what hpcsim can simulate");
        }
        return new ClusterSpec((int) nodes, (int) (procs / nodes), AllocationUnit.CORE);
    }
}
