package org.hpcsim.cli;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.pcluster.PclusterChoiceException;
import org.hpcsim.scenarios.pcluster.PclusterCluster;
import org.hpcsim.scenarios.pcluster.PclusterConfig;
import org.hpcsim.scenarios.pcluster.PclusterImport;
import org.hpcsim.scenarios.pcluster.PclusterMapping;
import org.hpcsim.scenarios.pcluster.PclusterNetwork;
import org.hpcsim.scenarios.pcluster.PclusterReader;
import org.hpcsim.scenarios.pcluster.PclusterStorage;
import org.hpcsim.scenarios.pcluster.QueuesMapping;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.InvalidFieldException;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SpotSpec;

/**
 * {@code --pcluster}: the cluster of an AWS ParallelCluster v3 configuration (size, pricing,
 * autoscaling) replaces the scenario's, its FSx for Lustre capacity fills the scenario's storage
 * entries that leave it out; the scheduler, the storage prices and, for a Spot queue, the Spot
 * interruptions ({@code cluster.spot}) stay the scenario's, since the file says nothing of them.
 */
final class PclusterOverride {
    private PclusterOverride() {}

    /**
     * {@code s} with the cluster of the compute resource {@code queue}/{@code resource} (null:
     * the only one) of {@code file}, jobs allocated by {@code allocation} (null: whole nodes);
     * the import's notes are added to {@code notes}. Under policy slurm ({@code slurm}) with
     * neither chosen, a file of several compute resources gives them all, as ParallelCluster's
     * Slurm cluster.
     */
    static Scenario cluster(Scenario s, Path file, String queue, String resource, AllocationUnit allocation,
                            boolean slurm, List<String> notes) {
        if (!file.toFile().isFile()) {
            throw new InputNotFoundException(file + ": no such ParallelCluster configuration");
        }
        if (s.scheduler().slurm() != null && s.scheduler().slurm().conf() != null) {
            throw new BadFlagException("--pcluster and a slurm.conf (--slurm-conf, or the scenario's) both describe the"
                    + " cluster; give one");
        }
        if (slurm && queue == null && resource == null) {
            PclusterCluster all = PclusterReader.readAll(file);
            if (all.computeResourceCount() > 1) {
                return allQueues(s, all, allocation, file, notes);
            }
        }
        PclusterConfig config;
        try {
            config = PclusterReader.read(file, queue, resource);
        } catch (PclusterChoiceException e) {
            throw new BadFlagException("--pcluster: " + e.getMessage()
                    + "; choose one with --pcluster-queue NAME and --pcluster-compute-resource NAME");
        }
        PclusterImport imported = PclusterMapping.map(config, allocation);
        notes.addAll(imported.notes());
        ClusterSpec cluster = withScenarioSpot(imported.cluster(), s.cluster() == null ? null : s.cluster().spot(),
                file, notes);
        Scenario out = s.withCluster(cluster).withStorage(PclusterStorage.storage(config, s.storage(), notes));
        return s.hardware() == null ? out : out.withHardware(PclusterNetwork.apply(s.hardware(), config, notes));
    }

    // Every compute resource, each its own node group; the Spot ones interrupted as the scenario's cluster.spot says.
    private static Scenario allQueues(Scenario s, PclusterCluster all, AllocationUnit allocation, Path file,
                                      List<String> notes) {
        PclusterImport imported;
        try {
            imported = QueuesMapping.map(all, allocation);
        } catch (InvalidFieldException e) {
            throw new BadFlagException("--pcluster: --allocation " + e.getMessage());
        }
        notes.addAll(imported.notes());
        ClusterSpec cluster = imported.cluster();
        SpotSpec spot = s.cluster() == null ? null : s.cluster().spot();
        if (spot != null) {
            cluster = spotted(cluster, spot, file, notes, "every node of the SPOT queues' compute resources,"
                    + " each from its own stream");
        }
        return s.withCluster(cluster).withStorage(PclusterStorage.storage(all, s.storage(), notes));
    }

    // A Spot queue is interrupted as the scenario's cluster.spot block says; an On-Demand one never.
    private static ClusterSpec withScenarioSpot(ClusterSpec imported, SpotSpec spot, Path file, List<String> notes) {
        if (spot == null) {
            return imported;
        }
        if (imported.pricing() == null || !"spot".equals(imported.pricing().capacity())) {
            notes.add(file + ": CapacityType ONDEMAND: the scenario's cluster.spot block is not applied");
            return imported;
        }
        return spotted(imported, spot, file, notes, "every node, static and dynamic");
    }

    /** {@code cluster} interrupted as {@code spot} says, with a note naming {@code which} nodes. */
    private static ClusterSpec spotted(ClusterSpec cluster, SpotSpec spot, Path file, List<String> notes,
                                       String which) {
        try {
            ClusterSpec spotted = cluster.withSpot(spot);
            notes.add(file + ": Spot interruptions from the scenario's cluster.spot: "
                    + (spot.band() != null ? "band " + spot.band() : spot.monthlyFraction() + " a month")
                    + " of " + which + (spot.requeue() ? ", jobs requeued" : ", no requeue"));
            return spotted;
        } catch (InvalidFieldException e) {
            throw new BadFlagException("--pcluster: " + file + " with the scenario's cluster." + e.field() + ": "
                    + e.getMessage());
        }
    }

    /**
     * Notes which scheduler runs the imported cluster: {@code how} says where it came from (the
     * default with --pcluster, the scenario, --scheduler).
     */
    static void noteScheduler(Scenario s, String how, List<String> notes) {
        PolicyName policy = s.scheduler().policy();
        String why = policy == PolicyName.SLURM ? "ParallelCluster's own scheduler"
                : "ParallelCluster runs Slurm: --scheduler slurm models it";
        notes.add("scheduler " + policy.word() + " (" + how + "; " + why + ")");
    }
}
