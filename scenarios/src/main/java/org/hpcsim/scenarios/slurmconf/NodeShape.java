package org.hpcsim.scenarios.slurmconf;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What one NodeName line (with its defaults) gives every node it names: processors, memory,
 * GRES, weight, features and state; internal to the reader.
 */
record NodeShape(int cpus, int boards, int socketsPerBoard, int coresPerSocket, int threadsPerCore,
        long realMemoryMb, List<Gres> gres, long weight, List<String> features, NodeState state) {
    /** slurm.conf(5), 22.05, RealMemory: "The default value is 1". */
    static final long DEFAULT_REAL_MEMORY_MB = 1;
    /** slurm.conf(5), 22.05, Weight: "The default value is 1". */
    static final long DEFAULT_WEIGHT = 1;
    /** Slurm keeps Weight in 32 bits. */
    private static final long MAX_WEIGHT = 4_294_967_294L;

    /** Reads the keys (lower-case canonical names) of a node line merged over its defaults. */
    static NodeShape of(Map<String, ConfPair> keys, int maxCount) {
        // slurm.conf(5), 22.05: Boards, SocketsPerBoard, CoresPerSocket, ThreadsPerCore default to 1.
        int boards = count(keys.get("boards"), maxCount, 1);
        int cores = count(keys.get("corespersocket"), maxCount, 1);
        int threads = count(keys.get("threadspercore"), maxCount, 1);
        ConfPair cpusKey = keys.get("cpus");
        ConfPair socketsKey = keys.get("sockets");
        ConfPair perBoardKey = keys.get("socketsperboard");
        int socketsPerBoard;
        if (perBoardKey != null && socketsKey != null) {
            // read_config.c logs an error and takes SocketsPerBoard; refused here as ambiguous.
            throw perBoardKey.at().error("Sockets and SocketsPerBoard both given (Sockets counts the node's sockets,"
                    + " SocketsPerBoard each board's; give one)");
        }
        if (perBoardKey != null) {
            socketsPerBoard = count(perBoardKey, maxCount, 1);
        } else {
            // Sockets counts the node's sockets (tot_sockets); "If Sockets is omitted, it will be
            // inferred from CPUs, CoresPerSocket, and ThreadsPerCore."
            int total = socketsKey != null ? count(socketsKey, maxCount, 1)
                    : cpusKey != null ? Math.max(1, count(cpusKey, maxCount, 1) / (cores * threads)) : boards;
            if (total < boards || total % boards != 0) {
                boards = 1; // read_config.c takes one board when there are fewer sockets than boards
            }
            socketsPerBoard = total / boards;
        }
        long product = (long) boards * socketsPerBoard * cores * threads;
        int cpus;
        if (cpusKey == null) {
            // "If CPUs is omitted, its default will be set equal to the product of Boards, Sockets,
            // CoresPerSocket, and ThreadsPerCore."
            if (product > maxCount) {
                throw anyOf(keys, "sockets", "corespersocket", "threadspercore", "boards").at().error("Boards x Sockets"
                        + " x CoresPerSocket x ThreadsPerCore = " + product + " CPUs (at most " + maxCount + ")");
            }
            cpus = (int) product;
        } else {
            cpus = count(cpusKey, maxCount, 1);
            checkCpus(cpusKey, cpus, (long) boards * socketsPerBoard, cores, threads);
        }
        long memory = keys.containsKey("realmemory") ? ConfValues.megabytes(keys.get("realmemory")) : DEFAULT_REAL_MEMORY_MB;
        long weight = keys.containsKey("weight") ? ConfValues.number(keys.get("weight"), 0, MAX_WEIGHT) : DEFAULT_WEIGHT;
        List<String> features = keys.containsKey("features") ? ConfValues.list(keys.get("features")) : List.of();
        NodeState state = keys.containsKey("state") ? ConfValues.word(keys.get("state"), NodeState.class) : NodeState.UNKNOWN;
        return new NodeShape(cpus, boards, socketsPerBoard, cores, threads, memory, gres(keys.get("gres")), weight,
                features, state);
    }

    Node node(String name, String hostname, String address, OptionalInt port, SourceLine at) {
        return new Node(name, hostname, address, port, cpus, boards, socketsPerBoard, coresPerSocket, threadsPerCore,
                realMemoryMb, gres, weight, features, state, at);
    }

    /**
     * slurm.conf(5), 22.05, CPUs: "It can be set to the total number of sockets (supported only by
     * select/linear), cores or threads." slurmctld logs any other value as an error and resets it,
     * so a file that relies on that is refused here.
     */
    private static void checkCpus(ConfPair cpusKey, int cpus, long sockets, int cores, int threads) {
        long socketCores = sockets * cores;
        if (cpus != sockets && cpus != socketCores && cpus != socketCores * threads) {
            throw cpusKey.bad("matches none of Sockets (" + sockets + "), Sockets*CoresPerSocket (" + socketCores
                    + ") or Sockets*CoresPerSocket*ThreadsPerCore (" + socketCores * threads + ")",
                    "one of those; slurmctld resets any other value");
        }
    }

    private static ConfPair anyOf(Map<String, ConfPair> keys, String... names) {
        for (String n : names) {
            if (keys.containsKey(n)) {
                return keys.get(n);
            }
        }
        throw new IllegalStateException("a product over 1 needs one of " + String.join(", ", names));
    }

    private static int count(ConfPair p, int max, int fallback) {
        return p == null ? fallback : (int) ConfValues.number(p, 1, max);
    }

    private static List<Gres> gres(ConfPair p) {
        if (p == null) {
            return List.of();
        }
        try {
            return Gres.parseList(p.value());
        } catch (IllegalArgumentException e) {
            throw p.bad(e.getMessage(), Gres.SYNTAX);
        }
    }
}
