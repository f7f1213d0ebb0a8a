package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hpcsim.core.SimTime;
import org.junit.jupiter.api.Test;

/** cons_tres's batches of running jobs' ends (job_test.c, _will_run_test, 22.05). */
class ReleaseBatchesTest {
    private static long s(long seconds) {
        return SimTime.seconds(seconds);
    }

    @Test
    void shouldTryOnlyOnceTheNextEndIsPastTheDoublingWindow() {
        ReleaseBatches b = new ReleaseBatches(0, 0);
        b.reset();
        // Anchored at 100 rounded up past 30 s: 120; the window is 30 s, so ends up to 150 join.
        assertFalse(b.tryAfter(s(100), true, s(110)));
        assertFalse(b.tryAfter(s(110), true, s(150)));
        assertTrue(b.tryAfter(s(150), true, s(200)), "200 is past 120 + 30");
        // The window doubled to 60, then 120, to reach 200: ends up to 240 join the next batch.
        assertFalse(b.tryAfter(s(200), true, s(240)));
        assertTrue(b.tryAfter(s(240), true, s(241)), "241 is past 120 + 120");
        assertTrue(b.tryAfter(s(241), false, 0), "the last job");
    }

    @Test
    void shouldAnchorAnEndOnTheBoundaryAFullWindowLater() {
        ReleaseBatches b = new ReleaseBatches(0, 0);
        b.reset();
        // 90 % 30 == 0: the anchor is 120, not 90, so 150 still joins.
        assertFalse(b.tryAfter(s(90), true, s(150)));
        b.reset();
        assertTrue(b.tryAfter(s(90), true, s(151)));
    }

    @Test
    void shouldStopWideningAtAnUnlimitedJob() {
        ReleaseBatches b = new ReleaseBatches(0, 0);
        b.reset();
        assertTrue(b.tryAfter(s(100), true, Long.MAX_VALUE));
        assertTrue(b.tryAfter(Long.MAX_VALUE, false, 0));
    }

    @Test
    void shouldRoundEndsOnTheUnixClock() {
        // Simulation time 0 is 10 s past a multiple of 30 in Unix time: 100 is Unix ...110, so the
        // anchor is 110 (Unix ...120) and ends up to 140 join; from a round origin it is 120.
        ReleaseBatches b = new ReleaseBatches(10, 0);
        b.reset();
        assertTrue(b.tryAfter(s(100), true, s(141)));
        ReleaseBatches round = new ReleaseBatches(0, 0);
        round.reset();
        assertFalse(round.tryAfter(s(100), true, s(141)));
    }

    @Test
    void shouldGrowTheWindowByTheLinearStepUnderBfWindowLinear() {
        // bf_window_linear=10: anchored at 120, 30 s; after the try the window grows by 10 s at a
        // time to reach 165 (45 s past the anchor): 50, so ends up to 170 join; doubling gives 60.
        ReleaseBatches b = new ReleaseBatches(0, s(10));
        b.reset();
        assertTrue(b.tryAfter(s(100), true, s(165)));
        assertFalse(b.tryAfter(s(165), true, s(170)));
        assertTrue(b.tryAfter(s(170), true, s(171)), "171 is past 120 + 50");
        ReleaseBatches doubling = new ReleaseBatches(0, 0);
        doubling.reset();
        assertTrue(doubling.tryAfter(s(100), true, s(165)));
        assertFalse(doubling.tryAfter(s(165), true, s(171)), "the window doubled to 60: 171 joins");
    }

    @Test
    void shouldAddOneStepAtLeastAndReachAFarEndInOneSum() {
        // One step even when the next end is already inside: 30 + 10 = 40, so 160 joins the next.
        ReleaseBatches b = new ReleaseBatches(0, s(10));
        b.reset();
        assertTrue(b.tryAfter(s(100), false, 0));
        assertFalse(b.tryAfter(s(155), true, s(160)));
        assertTrue(b.tryAfter(s(160), true, s(161)), "161 is past 120 + 40");
        // A year away at one-second steps: the window reaches it exactly, without a step too many.
        ReleaseBatches far = new ReleaseBatches(0, s(1));
        far.reset();
        long year = s(365L * 86_400);
        assertTrue(far.tryAfter(s(100), true, s(120) + year));
        assertFalse(far.tryAfter(s(120) + year, true, s(120) + year), "another job ending there joins");
        assertTrue(far.tryAfter(s(120) + year, true, s(120) + year + 1), "a nanosecond past the window");
        far.reset();
        assertTrue(far.tryAfter(s(100), true, Long.MAX_VALUE), "an unlimited job");
        assertTrue(far.tryAfter(Long.MAX_VALUE, false, 0));
    }
}
