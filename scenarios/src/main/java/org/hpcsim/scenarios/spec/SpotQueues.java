package org.hpcsim.scenarios.spec;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cloud.SpotInterruptions;

/**
 * Spot interruptions of a cluster of several compute resources: every node of each compute
 * resource bought as Spot (a {@code CapacityType: SPOT} queue) is interrupted as the scenario's
 * {@code cluster.spot} block says, each compute resource from a random stream of its own; the
 * others never are.
 */
final class SpotQueues {
    private SpotQueues() {}

    /** One process per Spot compute resource over its nodes, numbered in the order of {@code resources}. */
    static List<FailureProcess> processes(List<ComputeResourceSpec> resources, SpotSpec spot) {
        List<FailureProcess> processes = new ArrayList<>();
        int first = 0;
        for (ComputeResourceSpec cr : resources) {
            int count = cr.staticNodes() + cr.dynamicNodes();
            if (cr.pricing() != null && "spot".equals(cr.pricing().capacity())) {
                SpotInterruptions si = spot.interruptions(count);
                processes.add(new FailureProcess(FailureProcess.SPOT, first, count, si.ratePerSecond(),
                        si.replacementTime(), false, si.requeue(), "spot.interruptions " + cr.label()));
            }
            first += count;
        }
        return processes;
    }

    /** The mean CPUs of the Spot compute resources' nodes (1 when there is none, so nothing divides by 0). */
    static double spotCpus(List<ComputeResourceSpec> resources) {
        long cpus = 0;
        long nodes = 0;
        for (ComputeResourceSpec cr : resources) {
            if (cr.pricing() != null && "spot".equals(cr.pricing().capacity())) {
                int count = cr.staticNodes() + cr.dynamicNodes();
                cpus += (long) cr.cpus() * count;
                nodes += count;
            }
        }
        return nodes == 0 ? 1 : (double) cpus / nodes;
    }
}
