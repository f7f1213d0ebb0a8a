package org.hpcsim.core;

/**
 * The factory of named random streams for one run: each stream's seed is derived from (scenario
 * seed, replication, stream name) alone, so a component that adds a stream never changes what any
 * other stream draws.
 */
public final class RandomStreams {
    private final long seed;
    private final int replication;

    /** Streams for replication 0 of a scenario seed. */
    public RandomStreams(long seed) {
        this(seed, 0);
    }

    /** Streams for one replication of a scenario seed. */
    public RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
    }

    /** A fresh stream for the named component; the same name always yields the same numbers. */
    public RandomStream stream(String name) {
        long k = SeedMixer.mix64(seed ^ 0x6A09E667F3BCC909L);
        k = SeedMixer.mix64(k ^ replication);
        k = SeedMixer.mix64(k ^ SeedMixer.hash(name));
        return new RandomStream(k);
    }

    /** The scenario seed. */
    public long seed() {
        return seed;
    }

    /** The replication number. */
    public int replication() {
        return replication;
    }
}
