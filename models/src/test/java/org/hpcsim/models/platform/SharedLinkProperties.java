package org.hpcsim.models.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.perf.Channel;
import org.hpcsim.models.perf.Phase;
import org.hpcsim.models.perf.Traffic;

/**
 * Jobs that each could fill a link alone share it: the link never carries more than its capacity,
 * and it never idles while a job waits, so the last job ends exactly when a fluid work-conserving
 * server of that capacity would finish them.
 */
class SharedLinkProperties {
    private static final double CAPACITY = 1e9;

    @Property(tries = 300)
    void shouldDeliverNoMoreThanCapacityTimesTimeAndWasteNone(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 5000) Integer> megabytes,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 8000) Integer> startMillis) {
        Simulation sim = new Simulation();
        long[] end = new long[megabytes.size()];
        ProgressTracker tracker = new ProgressTracker(sim, new double[] {CAPACITY}, -1, slot -> end[slot] = sim.now());
        UplinkLoads.Loads link = new UplinkLoads.Loads(new int[] {0}, new double[] {1});
        double bytes = 0;
        long first = Long.MAX_VALUE;
        for (int j = 0; j < megabytes.size(); j++) {
            int slot = j;
            double b = megabytes.get(j) * 1e6;
            bytes += b;
            Phase[] phases = {new Phase("x", 1, 0, b, Channel.NETWORK, Traffic.RING)};
            int kind = sim.registerHandler("start " + j, p -> tracker.start(slot, phases, link, 2 * CAPACITY, 1));
            long at = SimTime.ofSeconds(startMillis.get(j) / 1000.0);
            first = Math.min(first, at);
            sim.schedule(at, kind, 0);
        }
        sim.run();
        long last = 0;
        for (long e : end) {
            last = Math.max(last, e);
        }
        // Capacity x time bounds what was delivered (each rescheduling rounds up by at most 1 ns).
        double slack = megabytes.size() * (double) megabytes.size();
        assertTrue(bytes <= CAPACITY * (last - first + slack) / 1e9 * (1 + 1e-9),
                bytes + " bytes in " + (last - first) + " ns");
        // A fluid server that works whenever a job is there ends at max over k of s_k + (bytes from s_k on) / C.
        double fluid = 0;
        for (int k = 0; k < megabytes.size(); k++) {
            double after = 0;
            long sk = SimTime.ofSeconds(startMillis.get(k) / 1000.0);
            for (int j = 0; j < megabytes.size(); j++) {
                if (SimTime.ofSeconds(startMillis.get(j) / 1000.0) >= sk) {
                    after += megabytes.get(j) * 1e6;
                }
            }
            fluid = Math.max(fluid, sk + after / CAPACITY * 1e9);
        }
        assertEquals(fluid, last, slack + 1e-6 * fluid);
    }
}
