package org.hpcsim.models.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** NUMA layouts: the remote-bandwidth share the distance matrix implies, and impossible matrices. */
class NumaLayoutTest {
    private static NumaLayout twoDomains(int remote) {
        return new NumaLayout(2, 4, 1L << 30, 1e10, new int[][] {{10, remote}, {remote, 10}});
    }

    @Test
    void shouldGiveLocalMemoryFullBandwidthAndRemoteTheDistanceRatio() {
        NumaLayout intel = twoDomains(21);
        assertEquals(1.0, intel.remoteFactor(0, 0), 1e-12);
        assertEquals(10 / 21.0, intel.remoteFactor(0, 1), 1e-12);
        assertEquals(10 / 32.0, twoDomains(32).remoteFactor(1, 0), 1e-12);
    }

    @Test
    void shouldCountCoresOverEveryDomain() {
        assertEquals(8, twoDomains(21).cores());
    }

    @Test
    void shouldRefuseAMatrixThatIsNotSquareOrNotTenOnTheDiagonal() {
        assertThrows(IllegalArgumentException.class,
                () -> new NumaLayout(2, 4, 1, 1, new int[][] {{10, 21}, {21}}));
        assertThrows(IllegalArgumentException.class,
                () -> new NumaLayout(2, 4, 1, 1, new int[][] {{10, 21}, {21, 11}}));
        assertThrows(IllegalArgumentException.class,
                () -> new NumaLayout(2, 4, 1, 1, new int[][] {{10, 9}, {21, 10}}));
    }

    @Test
    void shouldNotLetCallersChangeTheMatrix() {
        NumaLayout layout = twoDomains(21);
        layout.distances()[0][1] = 99;
        assertEquals(21, layout.distances()[0][1]);
    }
}
