package org.hpcsim.scenarios.pcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.InvalidFieldException;
import org.hpcsim.scenarios.spec.PricingSpec;
import org.junit.jupiter.api.Test;

/** Each key hpcsim models, mapped onto the cluster it simulates, with ParallelCluster's defaults. */
class PclusterMappingTest {
    private static PclusterImport imported(String yaml) {
        return PclusterMapping.map(PclusterReader.parse(yaml, "c.yaml", null, null), null);
    }

    /** A one-queue Slurm configuration whose one compute resource has {@code resource} keys. */
    private static String config(String queueKeys, String resource, String rest) {
        return """
                Scheduling:
                  Scheduler: slurm
                %s  SlurmQueues:
                    - Name: compute
                %s      ComputeResources:
                        - Name: cr
                %s""".formatted(rest, queueKeys, resource.indent(10));
    }

    private static String note(PclusterImport i, String containing) {
        return i.notes().stream().filter(n -> n.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no note with '" + containing + "' in " + i.notes()));
    }

    @Test
    void shouldMapTheExampleToTwoStaticAndFourteenDynamicSpotNodesOfPhysicalCores() {
        Path example = Path.of("examples", "pcluster", "c5n-efa-spot.yaml");
        PclusterImport i = PclusterMapping.map(PclusterReader.read(example, null, null), null);
        // Hand-checked: MinCount 2, MaxCount 16, SMT off on c5n.18xlarge (36 cores, 72 vCPUs), SPOT,
        // ScaledownIdletime 10 min; boot time is hpcsim's default.
        assertEquals(new ClusterSpec(2, 36, 0, AllocationUnit.NODE, "c5n.18xlarge",
                new PricingSpec("spot", 0, 0.7), 14, 270, 600).withHeadNode("c5n.xlarge"), i.cluster());
    }

    @Test
    void shouldTakeParallelClusterDefaultsForCountsCapacityMultithreadingAndIdleTime() {
        ClusterSpec c = imported(config("", "InstanceType: c5n.18xlarge", "")).cluster();
        // MinCount 0, MaxCount 10, ONDEMAND, multithreading on (Slurm counts 72 vCPUs), 10 min.
        assertEquals(new ClusterSpec(0, 72, 0, AllocationUnit.NODE, "c5n.18xlarge", PricingSpec.CATALOG, 10, 270,
                600), c);
    }

    @Test
    void shouldCountVcpusWithMultithreadingOnAndCoresWithItOff() {
        assertEquals(72, imported(config("", "InstanceType: c5n.18xlarge\nDisableSimultaneousMultithreading: false",
                "")).cluster().coresPerNode());
        assertEquals(36, imported(config("", "InstanceType: c5n.18xlarge\nDisableSimultaneousMultithreading: true",
                "")).cluster().coresPerNode());
        assertEquals(48, imported(config("", "InstanceType: p4d.24xlarge\nDisableSimultaneousMultithreading: true",
                "")).cluster().coresPerNode());
        PclusterImport hpc7a = imported(config("", "InstanceType: hpc7a.96xlarge", ""));
        assertEquals(192, hpc7a.cluster().coresPerNode());
        assertTrue(note(hpc7a, "192 CPUs each").contains("one thread per core"));
    }

    @Test
    void shouldGiveGpusOfTheInstanceType() {
        ClusterSpec c = imported(config("", "InstanceType: p5.48xlarge\nMinCount: 4\nMaxCount: 4", "")).cluster();
        assertEquals(8, c.gpusPerNode());
        assertEquals(4, c.nodes());
        assertEquals(0, c.dynamicNodes());
    }

    @Test
    void shouldPriceSpotQueuesAtTheDefaultDiscountAndOnDemandQueuesAtTheCatalogPrice() {
        PclusterImport spot = imported(config("      CapacityType: SPOT\n", "InstanceType: c5n.18xlarge", ""));
        assertEquals(PricingSpec.spotAtDefaultDiscount(), spot.cluster().pricing());
        assertTrue(note(spot, "CapacityType SPOT").contains("= $1.166/node-hour"), spot.notes().toString());
        PclusterImport onDemand = imported(config("      CapacityType: ONDEMAND\n", "InstanceType: c5n.18xlarge", ""));
        assertEquals(PricingSpec.CATALOG, onDemand.cluster().pricing());
        assertTrue(note(onDemand, "CapacityType ONDEMAND").contains("$3.888/node-hour"));
    }

    @Test
    void shouldTurnScaledownIdletimeMinutesIntoSecondsAndMinusOneIntoNever() {
        String settings = "  SlurmSettings:\n    ScaledownIdletime: %d\n";
        assertEquals(1500, imported(config("", "InstanceType: c5n.18xlarge", settings.formatted(25)))
                .cluster().scaledownIdleTime());
        assertEquals(0, imported(config("", "InstanceType: c5n.18xlarge", settings.formatted(0)))
                .cluster().scaledownIdleTime());
        PclusterImport never = imported(config("", "InstanceType: c5n.18xlarge", settings.formatted(-1)));
        assertEquals(PclusterMapping.NEVER_SECONDS, never.cluster().scaledownIdleTime());
        assertTrue(note(never, "dynamic nodes boot").contains("never power down"));
    }

    @Test
    void shouldBuildNodesFromTheFirstOfSeveralInstanceTypesAndSaySo() {
        PclusterImport i = imported(config("", "Instances:\n  - InstanceType: hpc7a.96xlarge\n"
                + "  - InstanceType: hpc7a.48xlarge", ""));
        assertEquals("hpc7a.96xlarge", i.cluster().instanceType());
        assertTrue(note(i, "Instances lists 2 types").contains("not simulated: hpc7a.48xlarge"));
    }

    @Test
    void shouldGiveWholeNodesUnlessCoresAreAskedForOnAStaticCluster() {
        String fixed = config("", "InstanceType: c5n.18xlarge\nMinCount: 4\nMaxCount: 4", "");
        PclusterConfig config = PclusterReader.parse(fixed, "c.yaml", null, null);
        assertEquals(AllocationUnit.NODE, PclusterMapping.map(config, null).cluster().allocation());
        PclusterImport core = PclusterMapping.map(config, AllocationUnit.CORE);
        assertEquals(AllocationUnit.CORE, core.cluster().allocation());
        assertTrue(note(core, "jobs share nodes by CPU").contains("allocation core"));

        PclusterConfig dynamic = PclusterReader.parse(config("", "InstanceType: c5n.18xlarge", ""), "c.yaml", null, null);
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> PclusterMapping.map(dynamic, AllocationUnit.CORE));
        assertEquals("allocation", e.field());
        assertTrue(e.getMessage().contains("MaxCount 10 > MinCount 0"), e.getMessage());
    }

    @Test
    void shouldNoteJobExclusiveAllocationAsWholeNodes() {
        PclusterImport i = imported(config("      JobExclusiveAllocation: true\n", "InstanceType: c5n.18xlarge", ""));
        assertTrue(note(i, "jobs get whole nodes").contains("JobExclusiveAllocation: true"));
    }

    @Test
    void shouldPriceTheHeadNodeAndReportEfaPlacementGroupAndStorage() {
        PclusterImport i = PclusterMapping.map(PclusterReader.read(Path.of("examples", "pcluster", "c5n-efa-spot.yaml"),
                null, null), null);
        assertTrue(note(i, "EFA enabled").contains("managed placement group: sets the interconnect of the scenario's"
                + " hardware block, if it has one"));
        assertTrue(note(i, "head node").contains("c5n.xlarge paid On-Demand ($0.216/h) over the whole run"));
        assertEquals("c5n.xlarge", i.cluster().headNode());
        assertTrue(note(i, "shared storage").contains("scratch (FsxLustre at /fsx, 1200 GiB, SCRATCH_2)"));
        assertTrue(note(i, "keys not modelled").endsWith("6 keys not modelled and ignored: Region, Image,"
                + " HeadNode.Networking, HeadNode.Ssh, HeadNode.LocalStorage,"
                + " Scheduling.SlurmQueues[0].Networking.SubnetIds"), i.notes().toString());
        assertTrue(i.notes().stream().allMatch(n -> n.startsWith("examples/pcluster/c5n-efa-spot.yaml: ")
                || n.startsWith("examples\\pcluster\\c5n-efa-spot.yaml: ")), i.notes().toString());
    }

    @Test
    void shouldLetAComputeResourcePlacementGroupOverrideTheQueues() {
        String queue = "      Networking:\n        PlacementGroup: {Enabled: true}\n";
        PclusterImport own = imported(config(queue, "InstanceType: c5n.18xlarge\n"
                + "Networking:\n  PlacementGroup: {Name: hpc-pg}", ""));
        assertTrue(note(own, "placement group").contains("placement group hpc-pg: sets the interconnect"), own.notes().toString());
        PclusterImport off = imported(config(queue, "InstanceType: c5n.18xlarge\n"
                + "Networking:\n  PlacementGroup: {Enabled: false}", ""));
        assertFalse(off.notes().stream().anyMatch(n -> n.contains("placement group")), off.notes().toString());
        PclusterImport none = imported(config("", "InstanceType: c5n.18xlarge", ""));
        assertFalse(none.notes().stream().anyMatch(n -> n.contains("network model")), none.notes().toString());
    }

    @Test
    void shouldDescribeEfsAndExistingFileSystems() {
        String storage = """
                SharedStorage:
                  - {Name: home, StorageType: Efs, MountDir: /home}
                  - Name: data
                    StorageType: FsxLustre
                    MountDir: /data
                    FsxLustreSettings: {FileSystemId: fs-0123456789abcdef0}
                  - {Name: vol, StorageType: Ebs, MountDir: /vol, EbsSettings: {Size: 50}}
                """;
        PclusterImport i = imported(config("", "InstanceType: c5n.18xlarge", "") + storage);
        assertTrue(note(i, "shared storage").contains("home (Efs at /home, bursting throughput),"
                + " data (FsxLustre at /data, existing fs-0123456789abcdef0), vol (Ebs at /vol)"), i.notes().toString());
        assertTrue(note(i, "keys not modelled").endsWith(": SharedStorage[2].EbsSettings"), i.notes().toString());
    }

    @Test
    void shouldSimulateTheChosenComputeResourceAndListTheOthersApartFromTheIgnoredKeys() {
        String yaml = """
                Scheduling:
                  Scheduler: slurm
                  SlurmQueues:
                    - Name: cpu
                      ComputeResources:
                        - {Name: small, InstanceType: c5n.18xlarge, SpotPrice: 1.0}
                        - {Name: big, InstanceType: hpc7a.96xlarge, MinCount: 1, MaxCount: 3, StaticNodePriority: 5}
                    - Name: gpu
                      AllocationStrategy: lowest-price
                      ComputeResources:
                        - {Name: p5, InstanceType: p5.48xlarge}
                """;
        PclusterConfig config = PclusterReader.parse(yaml, "c.yaml", "cpu", "big");
        assertEquals("big", config.computeResource().name());
        assertEquals(List.of("cpu/small", "gpu/p5"), config.leftOut());
        assertEquals(List.of("Scheduling.SlurmQueues[0].ComputeResources[1].StaticNodePriority"), config.ignoredKeys());
        assertEquals("p5", PclusterReader.parse(yaml, "c.yaml", "gpu", null).computeResource().name());
        assertEquals("small", PclusterReader.parse(yaml, "c.yaml", null, "small").computeResource().name());
        PclusterImport i = PclusterMapping.map(config, null);
        assertEquals(new ClusterSpec(1, 192, 0, AllocationUnit.NODE, "hpc7a.96xlarge", PricingSpec.CATALOG, 2, 270,
                600), i.cluster());
        assertTrue(note(i, "not simulated").endsWith("cpu/small, gpu/p5"));
    }
}
