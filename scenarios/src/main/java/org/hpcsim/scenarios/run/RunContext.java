package org.hpcsim.scenarios.run;

import org.hpcsim.models.cloud.CostCollector;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * What a run's observers are made for, once the run is set up.
 *
 * @param scenario      the scenario as run, its cluster filled in (from the trace header if need be)
 * @param cluster       the cluster built from it
 * @param costs         the run's cost collector, or null when the cluster has no pricing
 * @param unixStartTime the Unix time (s) that simulation time 0 stands for: the SWF header's
 *                      UnixStartTime, else 0 (sacct and PBS times already are epoch seconds)
 */
public record RunContext(Scenario scenario, HomogeneousCluster cluster, CostCollector costs, long unixStartTime) {}
