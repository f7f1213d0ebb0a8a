package org.hpcsim.models.network;

/**
 * Hockney-model times of MPI collectives over {@code p} ranks of {@code n} bytes each (the
 * formulas of shared/REFERENCE.md, after Thakur, Rabenseifner and Gropp), and NCCL's bandwidth
 * figures. Every function is pure; one rank needs no communication and takes 0 seconds.
 */
public final class Collectives {
    private Collectives() {}

    /** Binomial-tree broadcast: ceil(lg p) (alpha + n beta). */
    public static double broadcastBinomial(int p, double n, LinkCost c) {
        check(p, n, c);
        return ceilLog2(p) * (c.alpha() + n * c.beta());
    }

    /** Ring allreduce (reduce-scatter then allgather): 2(p-1) alpha + 2 n (p-1)/p beta + n (p-1)/p gamma. */
    public static double allreduceRing(int p, double n, LinkCost c) {
        check(p, n, c);
        double share = share(p, n);
        return 2.0 * (p - 1) * c.alpha() + 2 * share * c.beta() + share * c.gamma();
    }

    /** Recursive-doubling allreduce: ceil(lg p) (alpha + n beta + n gamma). */
    public static double allreduceRecursiveDoubling(int p, double n, LinkCost c) {
        check(p, n, c);
        return ceilLog2(p) * (c.alpha() + n * c.beta() + n * c.gamma());
    }

    /**
     * Rabenseifner's allreduce (recursive-halving reduce-scatter, recursive-doubling
     * allgather), defined here for {@code p} a power of two only: 2 lg p alpha + 2 n (p-1)/p
     * beta + n (p-1)/p gamma.
     */
    public static double allreduceRabenseifner(int p, double n, LinkCost c) {
        check(p, n, c);
        if (Integer.bitCount(p) != 1) {
            throw new IllegalArgumentException("Rabenseifner's allreduce needs a power-of-two number of ranks, got " + p);
        }
        double share = share(p, n);
        return 2.0 * ceilLog2(p) * c.alpha() + 2 * share * c.beta() + share * c.gamma();
    }

    /** Binomial reduce then binomial broadcast: 2 ceil(lg p) (alpha + n beta) + ceil(lg p) n gamma. */
    public static double allreduceTree(int p, double n, LinkCost c) {
        check(p, n, c);
        int steps = ceilLog2(p);
        return 2.0 * steps * (c.alpha() + n * c.beta()) + steps * n * c.gamma();
    }

    /** Ring allgather of {@code n} bytes gathered in all: (p-1) alpha + n (p-1)/p beta. */
    public static double allgatherRing(int p, double n, LinkCost c) {
        check(p, n, c);
        return (p - 1) * c.alpha() + share(p, n) * c.beta();
    }

    /** Ring reduce-scatter of {@code n} bytes in all: (p-1) alpha + n (p-1)/p (beta + gamma). */
    public static double reduceScatterRing(int p, double n, LinkCost c) {
        check(p, n, c);
        return (p - 1) * c.alpha() + share(p, n) * (c.beta() + c.gamma());
    }

    /** NCCL's algorithm bandwidth: bytes per second of the collective's buffer. */
    public static double algorithmBandwidth(double bytes, double seconds) {
        if (!(bytes >= 0) || !(seconds > 0)) {
            throw new IllegalArgumentException("algorithm bandwidth: bytes must be 0 or more and seconds positive, got "
                    + bytes + ", " + seconds);
        }
        return bytes / seconds;
    }

    /**
     * NCCL's bus bandwidth of an allreduce, algbw x 2(n-1)/n: what each link carried, comparable
     * with the hardware's peak whatever the rank count.
     */
    public static double allreduceBusBandwidth(double algorithmBandwidth, int ranks) {
        if (ranks < 1 || !(algorithmBandwidth >= 0)) {
            throw new IllegalArgumentException("bus bandwidth: ranks must be 1 or more and bandwidth 0 or more, got "
                    + ranks + ", " + algorithmBandwidth);
        }
        return algorithmBandwidth * 2.0 * (ranks - 1) / ranks;
    }

    /** ceil(log2 p) for p of 1 or more: the rounds of a binomial tree or recursive doubling. */
    static int ceilLog2(int p) {
        return 32 - Integer.numberOfLeadingZeros(p - 1);
    }

    // The n (p-1)/p bytes each rank sends in a ring or halving pass.
    private static double share(int p, double n) {
        return n * (p - 1) / p;
    }

    private static void check(int p, double n, LinkCost c) {
        if (p < 1 || !(n >= 0) || !Double.isFinite(n) || c == null) {
            throw new IllegalArgumentException("collective: ranks must be 1 or more, bytes finite and 0 or more, and a"
                    + " link cost given; got " + p + ", " + n + ", " + c);
        }
    }
}
