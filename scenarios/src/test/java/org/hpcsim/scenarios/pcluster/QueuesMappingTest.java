package org.hpcsim.scenarios.pcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.cloud.NodeGroup;
import org.hpcsim.models.slurm.PowerSaving;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.models.slurm.SlurmNode;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ComputeResourceSpec;
import org.hpcsim.scenarios.spec.SlurmSpec;
import org.junit.jupiter.api.Test;

/** A two-queue configuration as ParallelCluster's Slurm cluster: nodes, partitions, prices. */
class QueuesMappingTest {
    private static final String TWO_QUEUES = """
            Scheduling:
              Scheduler: slurm
              SlurmQueues:
                - Name: cpu
                  ComputeResources:
                    - Name: c5n
                      InstanceType: c5n.18xlarge
                      MinCount: 2
                      MaxCount: 3
                      DisableSimultaneousMultithreading: true
                      Efa:
                        Enabled: true
                - Name: gpu
                  CapacityType: SPOT
                  ComputeResources:
                    - Name: p4d
                      InstanceType: p4d.24xlarge
                      MaxCount: 2
            """;

    private static List<ComputeResourceSpec> resources() {
        PclusterCluster all = PclusterReader.parseAll(TWO_QUEUES, "c.yaml");
        return QueuesMapping.map(all, null).cluster().computeResources();
    }

    @Test
    void shouldSizeEachComputeResourceAsTheRendererDoes() {
        List<ComputeResourceSpec> rs = resources();
        assertEquals(2, rs.size());
        ComputeResourceSpec c5n = rs.get(0);
        assertEquals(36, c5n.cpus());                              // cores: multithreading off
        assertEquals((long) Math.floor(192 * 1024 * 0.95), c5n.memoryMb());
        assertEquals(2, c5n.staticNodes());
        assertEquals(1, c5n.dynamicNodes());
        ComputeResourceSpec p4d = rs.get(1);
        assertEquals(96, p4d.cpus());                              // vCPUs: multithreading on by default
        assertEquals(8, p4d.gpus());
        assertEquals("a100", p4d.gpuType());
        assertEquals(0, p4d.staticNodes());                        // MinCount defaults to 0
    }

    @Test
    void shouldNameWeighAndPartitionTheNodesAsParallelCluster() {
        List<ComputeResourceSpec> rs = resources();
        SlurmConfig config = PclusterSlurm.config(rs, SlurmSpec.defaults());
        List<String> names = config.nodes().stream().map(SlurmNode::name).toList();
        assertEquals(List.of("cpu-st-c5n-1", "cpu-st-c5n-2", "cpu-dy-c5n-1", "gpu-dy-p4d-1", "gpu-dy-p4d-2"), names);
        assertEquals(1, config.nodes().get(0).weight());
        assertEquals(1000, config.nodes().get(2).weight());
        assertEquals(List.of("c5n", "c5n.18xlarge", "efa", "static"), config.nodes().get(0).features()); // Slurm sorts them
        assertEquals(List.of("dynamic", "gpu", "p4d", "p4d.24xlarge"), config.nodes().get(3).features());
        assertEquals(2, config.partitions().size());
        assertTrue(config.partitions().get(0).isDefault());
        assertFalse(config.partitions().get(1).isDefault());
        assertEquals(3, config.partitions().get(0).nodes().cardinality());
        assertTrue(config.partitions().get(1).nodes().get(3));
        PowerSaving power = PclusterSlurm.power(rs, SimTime.ofSeconds(270), LaunchModel.UNLIMITED, 600);
        assertEquals(List.of(2, 3, 4), power.cloud().stream().boxed().toList());
        assertEquals(SimTime.ofSeconds(270), power.bootTime());
        assertEquals(SimTime.ofSeconds(600), power.suspendTime());
    }

    @Test
    void shouldPriceEachGroupAtItsInstanceTypeAndCapacity() {
        List<NodeGroup> groups = PclusterSlurm.groups(resources());
        assertEquals(3.888, groups.get(0).perNodeHour(), 1e-12);   // On-Demand c5n.18xlarge
        assertEquals(21.96 * 0.3, groups.get(1).perNodeHour(), 1e-12); // Spot p4d at the default 70% off
        assertEquals(3, groups.get(1).firstNode());
    }

    @Test
    void shouldRefuseAnInstanceTypeOutsideTheCatalogWithItsLine() {
        String bad = TWO_QUEUES.replace("p4d.24xlarge", "x9.huge");
        ScenarioException e = assertThrows(ScenarioException.class, () -> PclusterReader.parseAll(bad, "c.yaml"));
        assertTrue(e.getMessage().startsWith("c.yaml:17:"), e.getMessage());
        assertTrue(e.getMessage().contains("x9.huge"), e.getMessage());
    }
}
