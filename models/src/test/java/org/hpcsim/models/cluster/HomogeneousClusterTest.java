package org.hpcsim.models.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many allocation units a job needs, and the bookkeeping of free units. */
class HomogeneousClusterTest {
    /** 10 nodes of 8 cores and 4 GPUs, whole-node allocation. */
    private static final HomogeneousCluster NODES = new HomogeneousCluster(10, 8, 4, AllocationUnit.NODE);

    private static Job job(int processors, int nodes, int gpus) {
        return new Job(1, 0, 10, 10, processors, nodes, gpus, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
    }

    @ParameterizedTest(name = "{0} processors, {1} nodes, {2} GPUs -> {3} nodes")
    @CsvSource({
        // processors alone: ceil(processors / 8)
        "1,  0, 0, 1",
        "8,  0, 0, 1",
        "9,  0, 0, 2",
        "16, 0, 0, 2",
        "17, 0, 0, 3",
        // the node count asked for, when it is the most
        "1,  3, 0, 3",
        "20, 2, 0, 3",
        "20, 4, 0, 4",
        // GPUs: ceil(gpus / 4), when that is the most
        "8,  0, 4, 1",
        "8,  0, 5, 2",
        "1,  1, 9, 3",
        "24, 2, 12, 3",
        "24, 4, 8, 4",
        "40, 1, 4, 5",
    })
    void shouldGiveAWholeNodeJobTheMostOfItsProcessorsItsNodesAndItsGpus(int processors, int nodes, int gpus,
                                                                          int expected) {
        int units = NODES.unitsFor(job(processors, nodes, gpus));
        assertEquals(expected, units);
        int byProcessors = (processors + 7) / 8;
        int byGpus = (gpus + 3) / 4;
        assertEquals(Math.max(byProcessors, Math.max(nodes, byGpus)), units);
    }

    @Test
    void shouldNeedIntegerMaxValueUnitsForAGpuJobOnAClusterWithoutGpus() {
        HomogeneousCluster cpuOnly = new HomogeneousCluster(10, 8, AllocationUnit.NODE);
        assertEquals(0, cpuOnly.totalGpus());
        assertEquals(Integer.MAX_VALUE, cpuOnly.unitsFor(job(1, 0, 1)));
        assertTrue(cpuOnly.unitsFor(job(1, 0, 1)) > cpuOnly.totalUnits());
        assertEquals(1, cpuOnly.unitsFor(job(1, 0, 0)), "a job without GPUs still fits");
    }

    @Test
    void shouldCountOnlyProcessorsWithCoreAllocation() {
        HomogeneousCluster cores = new HomogeneousCluster(10, 8, 4, AllocationUnit.CORE);
        assertEquals(5, cores.unitsFor(job(5, 0, 0)));
        assertEquals(5, cores.unitsFor(job(5, 3, 0)), "the node count is not counted");
        assertEquals(5, cores.unitsFor(job(5, 0, 12)), "GPUs are not counted");
        HomogeneousCluster noGpus = new HomogeneousCluster(10, 8, AllocationUnit.CORE);
        assertEquals(5, noGpus.unitsFor(job(5, 2, 1)), "not even on a cluster without GPUs");
        assertEquals(80, cores.totalUnits());
        assertEquals(7, cores.unitsFor(7));
    }

    @Test
    void shouldNotOverflowForAJobOfIntegerMaxValueProcessorsOrGpus() {
        Job huge = job(Integer.MAX_VALUE, 0, 0);
        assertEquals((Integer.MAX_VALUE + 7L) / 8, NODES.unitsFor(huge));
        assertTrue(NODES.unitsFor(huge) > NODES.totalUnits(), "a huge job never fits");
        assertEquals((Integer.MAX_VALUE + 3L) / 4, NODES.unitsFor(job(1, 0, Integer.MAX_VALUE)));
        assertTrue(NODES.unitsFor(job(1, 0, Integer.MAX_VALUE)) > NODES.totalUnits());
        HomogeneousCluster wide = new HomogeneousCluster(2, Integer.MAX_VALUE / 2, AllocationUnit.NODE);
        assertEquals(1, wide.unitsFor(Integer.MAX_VALUE / 2));
        assertEquals(3, wide.unitsFor(Integer.MAX_VALUE), "ceil(2^31 - 1 over 2^30 - 1) = 3");
    }

    @Test
    void shouldHoldAllTheCoresOfAWholeNode() {
        assertEquals(24, NODES.coresOf(3));
        assertEquals(3, new HomogeneousCluster(10, 8, AllocationUnit.CORE).coresOf(3));
        assertEquals(80, NODES.totalCores());
        assertEquals(40, NODES.totalGpus());
        assertEquals(10, NODES.totalUnits());
    }

    @Test
    void shouldTakeAndGiveBackUnits() {
        HomogeneousCluster c = new HomogeneousCluster(10, 8, AllocationUnit.NODE);
        assertEquals(10, c.freeUnits());
        c.allocate(3);
        c.allocate(7);
        assertEquals(0, c.freeUnits());
        c.release(7);
        assertEquals(7, c.freeUnits());
    }

    @Test
    void shouldRefuseToReleaseMoreThanIsInUseAndLeaveTheCountUnchanged() {
        HomogeneousCluster c = new HomogeneousCluster(10, 8, AllocationUnit.NODE);
        c.allocate(3);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.release(4));
        assertEquals("releasing 4 units with only 3 in use", e.getMessage());
        assertEquals(7, c.freeUnits());
        c.release(3);
        assertEquals(10, c.freeUnits());
        assertThrows(IllegalStateException.class, () -> c.release(1));
        assertEquals(10, c.freeUnits());
    }

    @Test
    void shouldRefuseToAllocateMoreThanIsFreeAndLeaveTheCountUnchanged() {
        HomogeneousCluster c = new HomogeneousCluster(4, 2, AllocationUnit.CORE);
        c.allocate(5);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.allocate(4));
        assertEquals("allocating 4 units with only 3 free", e.getMessage());
        assertEquals(3, c.freeUnits());
    }

    @Test
    void shouldRejectAnEmptyOrNegativeCluster() {
        assertThrows(IllegalArgumentException.class, () -> new HomogeneousCluster(0, 8, AllocationUnit.NODE));
        assertThrows(IllegalArgumentException.class, () -> new HomogeneousCluster(1, 0, AllocationUnit.NODE));
        assertThrows(IllegalArgumentException.class, () -> new HomogeneousCluster(1, 1, -1, AllocationUnit.NODE));
    }
}
