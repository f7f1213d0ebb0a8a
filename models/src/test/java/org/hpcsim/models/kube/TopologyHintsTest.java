package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked Topology Manager cases on a node of two NUMA nodes of 16 CPUs (and four GPUs each),
 * against upstream's semantics (policy_*.go, cpumanager and devicemanager hint generation).
 */
class TopologyHintsTest {
    private static final int[] SIXTEEN = {16, 16};
    private static final int[] FOUR = {4, 4};

    private static TopologyHints.Decision decide(TopologyPolicy p, List<TopologyHint> cpu, List<TopologyHint> gpu) {
        return TopologyHints.decide(p, Arrays.asList(cpu, gpu), 2);
    }

    @Test
    void shouldOfferOnlyTheTwoNodeHintAsPreferredForTwentyFourCpusOnTwoSixteenCoreNodes() {
        assertEquals(List.of(new TopologyHint(0b11, true)), TopologyHints.generate(24, SIXTEEN, SIXTEEN));
    }

    @Test
    void shouldRejectTwentyFourCpusUnderSingleNumaNodeButAdmitThemUnderRestrictedAndBestEffort() {
        List<TopologyHint> cpu = TopologyHints.generate(24, SIXTEEN, SIXTEEN);
        assertFalse(decide(TopologyPolicy.SINGLE_NUMA_NODE, cpu, null).admit());
        // Two NUMA nodes is the fewest that could ever hold 24 CPUs, so the hint is preferred.
        assertEquals(new TopologyHints.Decision(0b11, true), decide(TopologyPolicy.RESTRICTED, cpu, null));
        assertEquals(new TopologyHints.Decision(0b11, true), decide(TopologyPolicy.BEST_EFFORT, cpu, null));
        assertEquals(new TopologyHints.Decision(0, true), decide(TopologyPolicy.NONE, cpu, null));
    }

    @Test
    void shouldRejectFragmentedCpusUnderRestrictedAndAdmitThemUnderBestEffort() {
        // 8 CPUs, 6 free on each NUMA node: only the two-node set holds them, and one node could have.
        List<TopologyHint> cpu = TopologyHints.generate(8, new int[] {6, 6}, SIXTEEN);
        assertEquals(List.of(new TopologyHint(0b11, false)), cpu);
        assertFalse(decide(TopologyPolicy.RESTRICTED, cpu, null).admit());
        assertFalse(decide(TopologyPolicy.SINGLE_NUMA_NODE, cpu, null).admit());
        assertEquals(new TopologyHints.Decision(0b11, true), decide(TopologyPolicy.BEST_EFFORT, cpu, null));
    }

    @Test
    void shouldPickTheNumaNodeThatHasRoom() {
        List<TopologyHint> cpu = TopologyHints.generate(8, new int[] {6, 10}, SIXTEEN);
        assertEquals(List.of(new TopologyHint(0b10, true), new TopologyHint(0b11, false)), cpu);
        assertEquals(new TopologyHints.Decision(0b10, true), decide(TopologyPolicy.SINGLE_NUMA_NODE, cpu, null));
    }

    @Test
    void shouldMergeCpuAndGpuHintsOnTheNumaNodeBothCanServe() {
        List<TopologyHint> cpu = TopologyHints.generate(8, new int[] {10, 10}, SIXTEEN);
        List<TopologyHint> gpu = TopologyHints.generate(2, new int[] {1, 3}, FOUR);
        assertEquals(List.of(new TopologyHint(0b10, true), new TopologyHint(0b11, false)), gpu);
        assertEquals(new TopologyHints.Decision(0b10, true), decide(TopologyPolicy.SINGLE_NUMA_NODE, cpu, gpu));
        assertEquals(new TopologyHints.Decision(0b10, true), decide(TopologyPolicy.RESTRICTED, cpu, gpu));
    }

    @Test
    void shouldRejectWhenCpusFitOnlyOneNumaNodeAndGpusOnlyTheOther() {
        List<TopologyHint> cpu = TopologyHints.generate(8, new int[] {4, 10}, SIXTEEN); // {1} preferred, {0,1} not
        List<TopologyHint> gpu = TopologyHints.generate(2, new int[] {2, 0}, FOUR);      // {0} preferred, {0,1} not
        assertFalse(decide(TopologyPolicy.SINGLE_NUMA_NODE, cpu, gpu).admit());
        assertFalse(decide(TopologyPolicy.RESTRICTED, cpu, gpu).admit());
        // Best-effort takes the narrowest non-preferred merge, lower-numbered first: {0} ({1} & {0,1} ties it).
        assertEquals(new TopologyHints.Decision(0b01, true), decide(TopologyPolicy.BEST_EFFORT, cpu, gpu));
    }

    @Test
    void shouldAdmitAPodNoProviderCaresAboutUnderEveryPolicy() {
        assertNull(TopologyHints.generate(0, SIXTEEN, SIXTEEN));
        // best-effort and restricted keep the default affinity (every NUMA node); single-numa-node makes it nil.
        for (TopologyPolicy p : TopologyPolicy.values()) {
            long mask = p == TopologyPolicy.BEST_EFFORT || p == TopologyPolicy.RESTRICTED ? 0b11 : 0;
            assertEquals(new TopologyHints.Decision(mask, true), decide(p, null, null), p.word());
        }
    }

    @Test
    void shouldRejectWhenNoNumaSetHasEnoughFree() {
        List<TopologyHint> gpu = TopologyHints.generate(3, new int[] {1, 1}, FOUR);
        assertTrue(gpu.isEmpty());
        assertFalse(decide(TopologyPolicy.RESTRICTED, null, gpu).admit());
        assertTrue(decide(TopologyPolicy.BEST_EFFORT, null, gpu).admit());
    }

    @Test
    void shouldCallTheFewerNodesAndThenTheLowerNumberedMaskNarrower() {
        assertTrue(new TopologyHint(0b01, true).narrowerThan(new TopologyHint(0b10, true)));
        assertFalse(new TopologyHint(0b10, true).narrowerThan(new TopologyHint(0b01, true)));
        assertTrue(new TopologyHint(0b100, true).narrowerThan(new TopologyHint(0b011, true)));
    }

    @Test
    void shouldTakeReservedCpusFromTheLowestNumaNodesAndSpreadGpusEvenly() {
        NodeTopology t = new NodeTopology("x", TopologyPolicy.NONE, false, true, 18, 2, 16, 3);
        assertEquals(0, t.exclusiveCpus(0));
        assertEquals(14, t.exclusiveCpus(1));
        assertEquals(2, t.gpusOn(0));
        assertEquals(1, t.gpusOn(1));
    }

    @Test
    void shouldPinOnlyGuaranteedPodsWithWholeCpus() {
        long gib = 1L << 30;
        assertTrue(NumaPools.exclusiveCpus(new PodSpec(new long[] {4000, gib}, new long[] {4000, gib}, 0, null, null,
                null, null, null, "")));
        assertFalse(NumaPools.exclusiveCpus(new PodSpec(new long[] {2500, gib}, new long[] {2500, gib}, 0, null, null,
                null, null, null, "")), "fractional CPUs stay in the shared pool");
        assertFalse(NumaPools.exclusiveCpus(PodSpec.ofRequests(4000, gib)), "Burstable");
    }
}
