package org.hpcsim.core;

import java.nio.charset.StandardCharsets;

/** Stable 64-bit mixing and hashing used to derive stream seeds; identical on every JVM. */
final class SeedMixer {
    private SeedMixer() {}

    /** The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijection that scatters bits. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the UTF-8 bytes of a name: fixed by specification, unlike String.hashCode's width. */
    static long hash(String name) {
        long h = 0xCBF29CE484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
