package org.hpcsim.core;

import java.util.random.RandomGenerator;

/**
 * A deterministic pseudo-random stream (xoshiro256**, Blackman and Vigna 2018) owned by one
 * component. Obtain it from {@link RandomStreams}; never share one between components, so that
 * adding a draw in one place cannot shift the numbers another component sees.
 */
public final class RandomStream implements RandomGenerator {
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    RandomStream(long seed) {
        // SplitMix64 expands the 64-bit seed into the 256-bit state, as the xoshiro authors advise.
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = SeedMixer.mix64(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = SeedMixer.mix64(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = SeedMixer.mix64(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = SeedMixer.mix64(x);
    }

    @Override
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A uniform double in [0, 1) from the top 53 bits. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform double in (0, 1], safe to take the logarithm of. */
    public double nextOpenDouble() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** A uniform int in [0, bound) without modulo bias (Lemire's method). */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** An exponentially distributed value with the given mean, by inversion. */
    public double nextExponentialWithMean(double mean) {
        return -mean * Math.log(nextOpenDouble());
    }
}
