package org.hpcsim.models.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CollectivesTest {
    // alpha 2, beta 0.5, gamma 0.25 (any one time unit), n = 8 bytes: round numbers to check by hand.
    private static final LinkCost C = new LinkCost(2, 0.5, 0.25);
    private static final double EPS = 1e-12;

    @Test
    void shouldTimeABinomialBroadcastInCeilLogPRounds() {
        // p = 4: 2 rounds x (2 + 8 x 0.5) = 12; p = 5: 3 rounds x 6 = 18.
        assertEquals(12, Collectives.broadcastBinomial(4, 8, C), EPS);
        assertEquals(18, Collectives.broadcastBinomial(5, 8, C), EPS);
    }

    @Test
    void shouldTimeARingAllreduce() {
        // 2 x 3 x 2 = 12; 2 x 8 x 3/4 x 0.5 = 6; 8 x 3/4 x 0.25 = 1.5; total 19.5.
        assertEquals(19.5, Collectives.allreduceRing(4, 8, C), EPS);
    }

    @Test
    void shouldTimeARecursiveDoublingAllreduce() {
        // 2 x (2 + 8 x 0.5 + 8 x 0.25) = 2 x 8 = 16.
        assertEquals(16, Collectives.allreduceRecursiveDoubling(4, 8, C), EPS);
    }

    @Test
    void shouldTimeRabenseifnerOnPowersOfTwoOnly() {
        // 2 x 2 x 2 = 8; 2 x 6 x 0.5 = 6; 6 x 0.25 = 1.5; total 15.5.
        assertEquals(15.5, Collectives.allreduceRabenseifner(4, 8, C), EPS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Collectives.allreduceRabenseifner(6, 8, C));
        assertTrue(e.getMessage().contains("power-of-two"), e.getMessage());
    }

    @Test
    void shouldTimeATreeAllreduceAsReduceThenBroadcast() {
        // 2 x 2 x (2 + 4) = 24; 2 x 8 x 0.25 = 4; total 28.
        assertEquals(28, Collectives.allreduceTree(4, 8, C), EPS);
    }

    @Test
    void shouldTimeRingAllgatherAndReduceScatter() {
        // Allgather: 3 x 2 + 8 x 3/4 x 0.5 = 6 + 3 = 9. Reduce-scatter: 6 + 6 x (0.5 + 0.25) = 10.5.
        assertEquals(9, Collectives.allgatherRing(4, 8, C), EPS);
        assertEquals(10.5, Collectives.reduceScatterRing(4, 8, C), EPS);
    }

    @Test
    void shouldTakeNoTimeOnOneRank() {
        assertEquals(0, Collectives.broadcastBinomial(1, 8, C));
        assertEquals(0, Collectives.allreduceRing(1, 8, C));
        assertEquals(0, Collectives.allreduceRecursiveDoubling(1, 8, C));
        assertEquals(0, Collectives.allreduceRabenseifner(1, 8, C));
        assertEquals(0, Collectives.allreduceTree(1, 8, C));
        assertEquals(0, Collectives.allgatherRing(1, 8, C));
        assertEquals(0, Collectives.reduceScatterRing(1, 8, C));
    }

    @Test
    void shouldGiveNcclsAlgorithmAndBusBandwidth() {
        // 1 GB in 0.5 s is 2 GB/s; on 8 ranks the bus carried 2 x 7/8 of it: 3.5 GB/s.
        assertEquals(2e9, Collectives.algorithmBandwidth(1e9, 0.5), EPS);
        assertEquals(3.5e9, Collectives.allreduceBusBandwidth(2e9, 8), 1e-3);
        assertEquals(0, Collectives.allreduceBusBandwidth(2e9, 1));
    }

    @Test
    void shouldRejectImpossibleArguments() {
        assertThrows(IllegalArgumentException.class, () -> Collectives.allreduceRing(0, 8, C));
        assertThrows(IllegalArgumentException.class, () -> Collectives.allreduceRing(4, -1, C));
        assertThrows(IllegalArgumentException.class, () -> Collectives.algorithmBandwidth(1, 0));
    }

    @Test
    void shouldPickAnAllreduceAlgorithmByItsFileName() {
        assertEquals(AllreduceAlgorithm.RING, AllreduceAlgorithm.fromName("ring"));
        assertEquals(AllreduceAlgorithm.TREE, AllreduceAlgorithm.fromName("tree"));
        assertEquals(AllreduceAlgorithm.RECURSIVE_DOUBLING, AllreduceAlgorithm.fromName("recursive-doubling"));
        assertEquals(AllreduceAlgorithm.RABENSEIFNER, AllreduceAlgorithm.fromName("rabenseifner"));
        assertEquals(16, AllreduceAlgorithm.RECURSIVE_DOUBLING.time(4, 8, C), EPS);
        assertEquals(28, AllreduceAlgorithm.TREE.time(4, 8, C), EPS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AllreduceAlgorithm.fromName("butterfly"));
        assertTrue(e.getMessage().contains("recursive-doubling"), e.getMessage());
    }
}
