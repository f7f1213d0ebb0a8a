package org.hpcsim.models.random;

import org.apache.commons.math3.random.RandomGenerator;
import org.hpcsim.core.RandomStream;

/**
 * Lets Commons Math distributions draw from one named {@link RandomStream}, so their samples are
 * as reproducible as the stream. Every draw is computed here from the stream's own numbers (no
 * JDK default methods whose algorithm could change between releases), and the stream cannot be
 * reseeded: its seed belongs to {@link org.hpcsim.core.RandomStreams}.
 */
public final class StreamRandomGenerator implements RandomGenerator {
    private final RandomStream stream;

    /** A generator backed by {@code stream}. */
    public StreamRandomGenerator(RandomStream stream) {
        this.stream = stream;
    }

    @Override
    public void setSeed(int seed) {
        throw new IllegalStateException("named streams are seeded by RandomStreams, not reseeded");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new IllegalStateException("named streams are seeded by RandomStreams, not reseeded");
    }

    @Override
    public void setSeed(long seed) {
        throw new IllegalStateException("named streams are seeded by RandomStreams, not reseeded");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            long word = stream.nextLong();
            for (int k = 0; k < Long.BYTES && i < bytes.length; k++, word >>>= 8) {
                bytes[i++] = (byte) word;
            }
        }
    }

    @Override
    public int nextInt() {
        return (int) (stream.nextLong() >>> 32);
    }

    @Override
    public int nextInt(int n) {
        return stream.nextInt(n);
    }

    @Override
    public long nextLong() {
        return stream.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return stream.nextLong() < 0;
    }

    @Override
    public float nextFloat() {
        return (stream.nextLong() >>> 40) * 0x1.0p-24f;
    }

    @Override
    public double nextDouble() {
        return stream.nextDouble();
    }

    /**
     * A standard normal by the Box-Muller transform (its cosine half). No second value is cached,
     * so the sequence depends only on the stream, not on which method was called before; StrictMath
     * gives the same bits on every JVM and CPU.
     */
    @Override
    public double nextGaussian() {
        double u1 = stream.nextOpenDouble();
        double u2 = stream.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
    }
}
