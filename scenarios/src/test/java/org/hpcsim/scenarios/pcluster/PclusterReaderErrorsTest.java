package org.hpcsim.scenarios.pcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal is one line naming the file, line and key, what is wrong and what is allowed. */
class PclusterReaderErrorsTest {
    @TempDir
    Path tmp;

    private static final String HEAD = """
            Scheduling:
              Scheduler: slurm
              SlurmQueues:
                - Name: compute
                  ComputeResources:
                    - Name: cr
            """;

    /** The message for {@code yaml}, checked to be one line, without the "c.yaml:" prefix. */
    private static String error(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> PclusterReader.parse(yaml, "c.yaml", null, null));
        assertFalse(e.getMessage().contains("\n"), "not one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("c.yaml"), e.getMessage());
        return e.getMessage().substring("c.yaml".length());
    }

    private static String resource(String keys) {
        return HEAD + keys.indent(10);
    }

    @Test
    void shouldRefuseAnInstanceTypeOutsideTheCatalogAtItsLine() {
        assertEquals(":7:11: Scheduling.SlurmQueues[0].ComputeResources[0].InstanceType: instance type"
                + " 'c6i.32xlarge' is not in hpcsim's catalog (known: c5n.18xlarge, hpc7a.96xlarge, p4d.24xlarge,"
                + " p5.48xlarge, c5n.large, c5n.xlarge, c5n.2xlarge); for another type write a scenario with cluster coresPerNode and pricing.perNodeHour",
                error(resource("InstanceType: c6i.32xlarge")));
    }

    @Test
    void shouldNameTheChoicesWhenSeveralComputeResourcesAndNoneIsChosen() {
        String yaml = resource("InstanceType: c5n.18xlarge") + """
                    - Name: wide
                      InstanceType: hpc7a.96xlarge
                - Name: gpu
                  ComputeResources:
                    - {Name: p5, InstanceType: p5.48xlarge}
            """;
        PclusterChoiceException e = assertThrows(PclusterChoiceException.class,
                () -> PclusterReader.parse(yaml, "c.yaml", null, null));
        assertEquals("c.yaml: 3 compute resources, and only policy slurm simulates several (queue/compute"
                + " resource: compute/cr, compute/wide, gpu/p5)", e.getMessage());
        assertEquals(List.of("compute/cr", "compute/wide", "gpu/p5"), e.choices());
        assertTrue(assertThrows(PclusterChoiceException.class, () -> PclusterReader.parse(yaml, "c.yaml", "compute",
                null)).getMessage().contains("2 compute resources in queue compute"));
        assertEquals("c.yaml: no queue named 'cpu' (queues: compute, gpu)", assertThrows(PclusterChoiceException.class,
                () -> PclusterReader.parse(yaml, "c.yaml", "cpu", null)).getMessage());
        assertTrue(assertThrows(PclusterChoiceException.class, () -> PclusterReader.parse(yaml, "c.yaml", "gpu",
                "cr")).getMessage().startsWith("c.yaml: no compute resource named 'cr' in queue gpu"));
    }

    @Test
    void shouldRefuseAwsBatch() {
        assertEquals(":2:3: Scheduling.Scheduler: awsbatch is not supported: hpcsim imports Slurm clusters"
                + " (allowed: slurm)", error("Scheduling:\n  Scheduler: awsbatch\n  AwsBatchQueues: []\n"));
    }

    @Test
    void shouldRefuseMaxCountBelowMinCount() {
        assertEquals(":9:11: Scheduling.SlurmQueues[0].ComputeResources[0].MaxCount: is 4, below MinCount 8 (MaxCount"
                + " must be at least MinCount)", error(resource("InstanceType: c5n.18xlarge\nMinCount: 8\nMaxCount: 4")));
        assertTrue(error(resource("InstanceType: c5n.18xlarge\nMinCount: 12")).endsWith(
                "MinCount: is 12, above MaxCount's default of 10 (give MaxCount, at least MinCount)"));
        assertTrue(error(resource("InstanceType: c5n.18xlarge\nMinCount: -1")).endsWith("must be 0 or more, got -1"));
        assertTrue(error(resource("InstanceType: c5n.18xlarge\nMaxCount: 0")).endsWith("must be 1 or more, got 0"));
        assertTrue(error(resource("InstanceType: c5n.18xlarge\nMaxCount: many")).endsWith(
                "MaxCount: expected a whole number, got 'many'"));
    }

    @Test
    void shouldSayAMissingFileIsMissing() {
        InputNotFoundException e = assertThrows(InputNotFoundException.class,
                () -> PclusterReader.read(tmp.resolve("none.yaml"), null, null));
        assertEquals(tmp.resolve("none.yaml") + ": no such file", e.getMessage());
    }

    @Test
    void shouldNameTheLineOfAYamlSyntaxError() {
        assertEquals(":5:6: not valid YAML: while parsing a block collection: expected <block end>, but found"
                + " '<block mapping start>'", error("""
                Scheduling:
                  Scheduler: slurm
                  SlurmQueues:
                    - Name: q
                     ComputeResources: [
                """));
        assertTrue(error("Scheduling:\n  Scheduler: slurm\n  Scheduler: slurm\n").startsWith(
                ":3:"), "duplicate key");
        assertTrue(error("").endsWith("the file is empty; a ParallelCluster v3 configuration needs at least Scheduling"));
        assertTrue(error("[global]\ncluster_template = default\n\n[cluster default]\nscheduler = slurm\n")
                .endsWith("(this looks like a ParallelCluster v2 INI file; convert it with pcluster3-config-converter)"));
    }

    @Test
    void shouldNameAMisspeltKeyAmongThoseItModels() {
        assertEquals(":8:11: Scheduling.SlurmQueues[0].ComputeResources[0].MinCout: not a ParallelCluster key hpcsim"
                + " reads; did you mean MinCount?", error(resource("InstanceType: c5n.18xlarge\nMinCout: 2")));
        assertTrue(error(resource("InstanceType: c5n.18xlarge\nmincount: 2")).endsWith(
                "mincount: not a ParallelCluster key hpcsim reads; did you mean MinCount? (keys are case-sensitive)"));
        assertTrue(error(resource("InstanceTyp: c5n.18xlarge")).endsWith(
                "ComputeResources[0].InstanceTyp: not a ParallelCluster key hpcsim reads; did you mean InstanceType?"));
        assertEquals(":1:1: Schedulling: not a ParallelCluster key hpcsim reads; did you mean Scheduling?",
                error("Schedulling:\n  Scheduler: slurm\n"));
        assertTrue(error(HEAD.replace("Scheduler: slurm", "Scheduler: slurm\n  SlurmSetings: {ScaledownIdletime: 5}")
                + "          InstanceType: c5n.18xlarge\n").endsWith("did you mean SlurmSettings?"));
    }

    @Test
    void shouldRefuseCapacityTypeOnAComputeResourceAndCapacityBlocks() {
        assertEquals(":8:11: Scheduling.SlurmQueues[0].ComputeResources[0].CapacityType: is a queue setting in"
                + " ParallelCluster v3; move it to Scheduling.SlurmQueues[0].CapacityType",
                error(resource("InstanceType: c5n.18xlarge\nCapacityType: SPOT")));
        assertEquals(":5:7: Scheduling.SlurmQueues[0].CapacityType: CAPACITY_BLOCK is not modelled: a Capacity Block"
                + " is reserved and paid up front, which hpcsim does not price (allowed: ONDEMAND, SPOT)",
                error(HEAD.replace("      ComputeResources:", "      CapacityType: CAPACITY_BLOCK\n      ComputeResources:")
                        + "          InstanceType: p5.48xlarge\n"));
        assertTrue(error(HEAD.replace("      ComputeResources:", "      CapacityType: spot\n      ComputeResources:")
                + "          InstanceType: p5.48xlarge\n").endsWith("unknown capacity type 'spot' (allowed: ONDEMAND, SPOT,"
                + " CAPACITY_BLOCK)"));
    }

    @Test
    void shouldRequireOneWayOfGivingTheInstanceType() {
        assertTrue(error(resource("InstanceType: c5n.18xlarge\nInstances:\n  - InstanceType: c5n.18xlarge"))
                .endsWith("Instances: give InstanceType or Instances, not both (as ParallelCluster requires)"));
        assertTrue(error(resource("MinCount: 1")).endsWith("ComputeResources[0].InstanceType: is required (or"
                + " Instances: hpcsim sizes and prices the nodes by their instance type)"));
        assertTrue(error("Scheduling:\n  Scheduler: slurm\n").endsWith(
                ":1:1: Scheduling.SlurmQueues: is required (at least one Slurm queue with its ComputeResources)"));
        assertTrue(error("HeadNode: {InstanceType: c5n.xlarge}\n").endsWith(
                ":1:1: Scheduling: is required (Scheduler: slurm and SlurmQueues)"));
    }

    @Test
    void shouldListEveryRealKeyItDoesNotModelWithoutMistakingOneForATypo() {
        // Keys of the v3 schema next to those hpcsim reads, some a letter or two from them.
        String yaml = """
                Region: eu-west-1
                Image: {Os: rocky9}
                Tags: [{Key: team, Value: hpc}]
                HeadNode:
                  InstanceType: c5n.xlarge
                  DisableSimultaneousMultithreading: true
                  Iam: {AdditionalIamPolicies: []}
                Scheduling:
                  Scheduler: slurm
                  ScalingStrategy: all-or-nothing
                  SlurmSettings: {ScaledownIdletime: 5, QueueUpdateStrategy: DRAIN, EnableMemoryBasedScheduling: true}
                  SlurmQueues:
                    - Name: q
                      AllocationStrategy: lowest-price
                      ComputeSettings: {LocalStorage: {RootVolume: {Size: 50}}}
                      Iam: {S3Access: []}
                      Image: {CustomAmi: ami-0123456789abcdef0}
                      Networking: {SubnetIds: [subnet-1], AssignPublicIp: false, PlacementGroup: {Id: pg-old}}
                      ComputeResources:
                        - Name: cr
                          InstanceType: c5n.18xlarge
                          SpotPrice: 2.5
                          SchedulableMemory: 180000
                          Tags: [{Key: k, Value: v}]
                          HealthChecks: {Gpu: {Enabled: false}}
                          Efa: {Enabled: true, GdrSupport: false}
                          DynamicNodePriority: 100
                SharedStorage:
                  - Name: ebs
                    StorageType: Ebs
                    MountDir: /ebs
                    EbsSettings: {Size: 100}
                  - Name: fsx
                    StorageType: FsxLustre
                    MountDir: /fsx
                    FsxLustreSettings: {StorageCapacity: 2400, DeploymentType: PERSISTENT_2, PerUnitStorageThroughput: 250,
                                        StorageType: SSD}
                  - Name: efs
                    StorageType: Efs
                    MountDir: /efs
                    EfsSettings: {PerformanceMode: maxIO, ThroughputMode: provisioned, ProvisionedThroughput: 100}
                """;
        PclusterConfig config = PclusterReader.parse(yaml, "c.yaml", null, null);
        assertEquals(List.of("Region", "Image", "Tags", "HeadNode.DisableSimultaneousMultithreading", "HeadNode.Iam",
                "Scheduling.ScalingStrategy", "Scheduling.SlurmSettings.QueueUpdateStrategy",
                "Scheduling.SlurmSettings.EnableMemoryBasedScheduling", "Scheduling.SlurmQueues[0].AllocationStrategy",
                "Scheduling.SlurmQueues[0].ComputeSettings", "Scheduling.SlurmQueues[0].Iam",
                "Scheduling.SlurmQueues[0].Image", "Scheduling.SlurmQueues[0].Networking.SubnetIds",
                "Scheduling.SlurmQueues[0].Networking.AssignPublicIp",
                "Scheduling.SlurmQueues[0].ComputeResources[0].SpotPrice",
                "Scheduling.SlurmQueues[0].ComputeResources[0].SchedulableMemory",
                "Scheduling.SlurmQueues[0].ComputeResources[0].Tags",
                "Scheduling.SlurmQueues[0].ComputeResources[0].HealthChecks",
                "Scheduling.SlurmQueues[0].ComputeResources[0].Efa.GdrSupport",
                "Scheduling.SlurmQueues[0].ComputeResources[0].DynamicNodePriority", "SharedStorage[0].EbsSettings",
                "SharedStorage[1].FsxLustreSettings.PerUnitStorageThroughput",
                "SharedStorage[1].FsxLustreSettings.StorageType", "SharedStorage[2].EfsSettings.PerformanceMode",
                "SharedStorage[2].EfsSettings.ProvisionedThroughput"), config.ignoredKeys());
        assertEquals(new PlacementGroup(true, "pg-old"), config.placementGroup());
        assertEquals(5, config.scaledownIdletime());
    }
}
