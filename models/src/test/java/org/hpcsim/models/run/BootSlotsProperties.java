package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The slots with one boot time for all give what a ring of the last {@code cap} end times gives (the earlier model). */
class BootSlotsProperties {
    @Property
    void equalBootTimesBeginWhenTheOldestOfTheLastCapBootsEnds(@ForAll @IntRange(min = 1, max = 6) int cap,
                                                               @ForAll @LongRange(min = 0, max = 500) long bootTime,
                                                               @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 400) Integer> gaps) {
        BootSlots slots = new BootSlots(cap);
        long[] ring = new long[cap];
        int head = 0;
        int count = 0;
        long now = 0;
        for (int gap : gaps) {
            now += gap;
            long expected;
            if (count < cap) {
                ring[(head + count++) % cap] = now + bootTime;
                expected = now;
            } else {
                expected = Math.max(now, ring[head]);
                ring[head] = expected + bootTime;
                head = (head + 1) % cap;
            }
            assertEquals(expected, slots.book(now, bootTime));
        }
    }
}
