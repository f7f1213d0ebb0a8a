package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeedMixerTest {

    @Test
    void shouldMatchThePublishedSplitMix64FirstOutputForSeedZero() {
        // SplitMix64 seeded with 0 first adds the golden gamma, then finalises.
        assertEquals(0xE220A8397B1DCDAFL, SeedMixer.mix64(0x9E3779B97F4A7C15L));
    }

    @Test
    void shouldMatchThePublishedFnv1a64TestVectors() {
        assertEquals(0xCBF29CE484222325L, SeedMixer.hash(""));
        assertEquals(0xAF63DC4C8601EC8CL, SeedMixer.hash("a"));
        assertEquals(0x85944171F73967E8L, SeedMixer.hash("foobar"));
    }
}
