package org.hpcsim.models.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.perf.Channel;
import org.hpcsim.models.perf.Phase;
import org.hpcsim.models.perf.Traffic;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {
    private final Simulation sim = new Simulation();
    private final List<long[]> ends = new ArrayList<>();
    // One uplink of 1 GB/s; the file system is link 1 at 2 GB/s.
    private final ProgressTracker tracker = new ProgressTracker(sim, new double[] {1e9, 2e9}, 1,
            slot -> ends.add(new long[] {slot, sim.now()}));
    private final UplinkLoads.Loads onUplink = new UplinkLoads.Loads(new int[] {0}, new double[] {1});

    private static Phase[] oneGigabyte() {
        return new Phase[] {new Phase("x", 1, 0, 1e9, Channel.NETWORK, Traffic.RING)};
    }

    private void startAt(double seconds, int slot, Phase[] phases) {
        int kind = sim.registerHandler("start " + slot, p -> tracker.start(slot, phases, onUplink, 1e9, 4e9));
        sim.schedule(SimTime.ofSeconds(seconds), kind, 0);
    }

    @Test
    void shouldRunAJobAloneAtItsBound() {
        startAt(0, 0, oneGigabyte());
        sim.run();
        assertEquals(List.of(0L, SimTime.ofSeconds(1)), List.of(ends.get(0)[0], ends.get(0)[1]));
    }

    @Test
    void shouldSlowARunningJobWhenASecondSharesItsLinkAndSpeedItUpWhenItLeaves() {
        // A alone 0..0.5 s moves 0.5 GB; both at 0.5 GB/s: A's last 0.5 GB takes 1 s (ends 1.5 s);
        // B moved 0.5 GB by then and finishes its last 0.5 GB alone in 0.5 s (ends 2.0 s).
        startAt(0, 0, oneGigabyte());
        startAt(0.5, 1, oneGigabyte());
        sim.run();
        assertEquals(SimTime.ofSeconds(1.5), ends.get(0)[1]);
        assertEquals(SimTime.ofSeconds(2.0), ends.get(1)[1]);
        assertEquals(2, tracker.rateUpdates(), "A slowed once, B sped up once");
    }

    @Test
    void shouldAddFixedTimeAndSharedBytesPerIteration() {
        // 10 iterations of 0.1 s + 0.1 GB at 1 GB/s: 10 x 0.2 s.
        startAt(0, 0, new Phase[] {new Phase("it", 10, 0.1, 1e8, Channel.NETWORK, Traffic.RING)});
        sim.run();
        assertEquals(SimTime.ofSeconds(2), ends.get(0)[1]);
    }

    @Test
    void shouldShareTheFileSystemAmongJobsInIoPhases() {
        // Both read 2 GB at once from a 2 GB/s file system (each job's NICs allow 4 GB/s): 2 s each,
        // then compute 1 s.
        Phase[] job = {new Phase("read", 1, 0, 2e9, Channel.FILESYSTEM, Traffic.NONE),
            new Phase("compute", 1, 1, 0, Channel.NONE, Traffic.NONE)};
        startAt(0, 0, job);
        startAt(0, 1, job);
        sim.run();
        assertEquals(SimTime.ofSeconds(3), ends.get(0)[1]);
        assertEquals(SimTime.ofSeconds(3), ends.get(1)[1]);
    }

    @Test
    void shouldLetAStoppedJobGiveItsShareBack() {
        startAt(0, 0, oneGigabyte());
        startAt(0, 1, oneGigabyte());
        int stop = sim.registerHandler("stop", p -> tracker.stop(1));
        sim.schedule(SimTime.ofSeconds(1), stop, 0);
        sim.run();
        // Both at 0.5 GB/s for 1 s; then A alone moves its last 0.5 GB in 0.5 s.
        assertEquals(1, ends.size());
        assertEquals(SimTime.ofSeconds(1.5), ends.get(0)[1]);
    }
}
