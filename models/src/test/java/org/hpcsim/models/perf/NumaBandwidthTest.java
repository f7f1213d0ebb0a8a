package org.hpcsim.models.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hpcsim.models.hardware.NumaLayout;
import org.junit.jupiter.api.Test;

class NumaBandwidthTest {
    private final NumaLayout twoSockets = new NumaLayout(2, 8, 64_000_000_000L, 100e9,
            new int[][] {{10, 21}, {21, 10}});

    @Test
    void shouldGivePinnedTasksTheirDomainsFullBandwidth() {
        // 16 tasks over 2 domains: 8 on the busiest, 8 x 1 GB / 100 GB/s = 0.08 s.
        assertEquals(0.08, NumaBandwidth.seconds(twoSockets, 16, 1e9, true), 1e-12);
    }

    @Test
    void shouldSlowUnpinnedTasksByTheHarmonicMeanOfLocalAndRemoteAccess() {
        // Half the pages local (1 s/B), half remote at 10/21 (2.1 s/B): 1 / (0.5 + 1.05) = 0.64516 of local.
        assertEquals(1 / 1.55, NumaBandwidth.share(twoSockets, false), 1e-12);
        assertEquals(0.08 * 1.55, NumaBandwidth.seconds(twoSockets, 16, 1e9, false), 1e-12);
    }

    @Test
    void shouldLetTheBusiestDomainSetThePaceWhenTasksDoNotDivideEvenly() {
        // 3 tasks pinned over 2 domains: 2 on one, 2 x 1 GB / 100 GB/s.
        assertEquals(0.02, NumaBandwidth.seconds(twoSockets, 3, 1e9, true), 1e-12);
    }

    @Test
    void shouldMakePinningIrrelevantOnOneDomain() {
        NumaLayout one = new NumaLayout(1, 8, 64_000_000_000L, 100e9, new int[][] {{10}});
        assertEquals(NumaBandwidth.seconds(one, 8, 1e9, true), NumaBandwidth.seconds(one, 8, 1e9, false));
    }
}
