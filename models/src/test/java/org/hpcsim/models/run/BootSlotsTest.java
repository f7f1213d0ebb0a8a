package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Boots under a cap on boots at once, with boot times of their own, worked by hand. */
class BootSlotsTest {
    @Test
    void aBootTakesTheSlotThatFreesFirstEvenWhenAnOlderBootEndsLater() {
        BootSlots slots = new BootSlots(2);
        assertEquals(0, slots.book(0, 300), "a free slot: now");
        assertEquals(0, slots.book(0, 100), "the second free slot: now");
        // Slots end at 300 and 100: the third boot takes the one ending at 100 and ends at 150.
        assertEquals(100, slots.book(0, 50));
        // Slots end at 300 and 150.
        assertEquals(150, slots.book(0, 10));
        // Slots end at 300 and 160; asked for at 200, the slot ending at 160 is free already.
        assertEquals(200, slots.book(200, 500));
        // Slots end at 300 and 700.
        assertEquals(300, slots.book(250, 1));
    }

    @Test
    void equalBootTimesBeginInWavesOfTheCap() {
        BootSlots slots = new BootSlots(3);
        long[] begins = new long[7];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = slots.book(10, 270);
        }
        assertEquals(java.util.List.of(10L, 10L, 10L, 280L, 280L, 280L, 550L),
                java.util.Arrays.stream(begins).boxed().toList());
    }
}
