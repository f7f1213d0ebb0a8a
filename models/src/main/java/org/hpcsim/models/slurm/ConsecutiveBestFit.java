package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * select/linear's choice of whole nodes (select_linear.c {@code _job_test}, 22.05): the usable
 * nodes form runs of consecutive node indices; the run chosen is the first one that is large
 * enough and, among those, the one with the fewest CPUs (the tightest fit); when no run is large
 * enough, the largest run is taken whole and the choice repeats for what is still missing. Nodes
 * are taken from the start of a run.
 */
final class ConsecutiveBestFit {
    private final List<SlurmNode> nodes;
    private int[] runStart = new int[16];
    private int[] runEnd = new int[16];
    private long[] runCpus = new long[16];
    private long[] runGpus = new long[16];
    private int[] runNodes = new int[16];
    private long[] runKeys = new long[16];
    private int[] runOrder = new int[16];
    /** The runs taken by the current pick: first node, and where its nodes begin in the picked array. */
    private int[] segFrom = new int[16];
    private int[] segAt = new int[16];
    /** A sort key holds a run's position below this and its CPUs below CPU_LIMIT. */
    private static final long RUN_LIMIT = 1L << 23;
    private static final long CPU_LIMIT = 1L << 40;

    /** CPUs and GPUs of nodes [0, i), so a run's totals cost two subtractions. */
    private final long[] cpusBefore;
    private final long[] gpusBefore;

    ConsecutiveBestFit(List<SlurmNode> nodes) {
        this.nodes = nodes;
        cpusBefore = new long[nodes.size() + 1];
        gpusBefore = new long[nodes.size() + 1];
        for (int n = 0; n < nodes.size(); n++) {
            cpusBefore[n + 1] = cpusBefore[n] + nodes.get(n).cpus();
            gpusBefore[n + 1] = gpusBefore[n] + nodes.get(n).gpus();
        }
    }

    /**
     * The nodes of {@code usable} to take for {@code wantNodes} nodes, {@code cpus} CPUs and
     * {@code gpus} GPUs, in index order, or null.
     */
    int[] pick(BitSet usable, int wantNodes, long cpus, long gpus) {
        int runs = buildRuns(usable);
        if (usable.cardinality() < wantNodes || cpusIn(runs) < cpus || gpusIn(runs) < gpus) {
            return null; // taking every run would not do either
        }
        int remNodes = wantNodes;
        long remCpus = cpus;
        long remGpus = gpus;
        int[] picked = new int[Math.max(1, Math.min(wantNodes, nodes.size()))];
        int count = 0;
        int segments = 0;
        int byCpus = -1; // runs by CPUs, most first, once a job has needed more than one run
        int next = 0;
        while (true) {
            int best;
            if (byCpus >= 0) {
                while (next < byCpus && runNodes[runOrder[next]] == 0) {
                    next++;
                }
                // No run left with the CPUs still missing: none is sufficient, and the scan
                // below would take the first of those with the most CPUs, which is this one.
                best = next < byCpus && runCpus[runOrder[next]] < remCpus ? runOrder[next] : bestRun(runs, remNodes,
                        remCpus, remGpus);
            } else {
                best = bestRun(runs, remNodes, remCpus, remGpus);
            }
            if (best < 0) {
                return null;
            }
            if (segments == segFrom.length) {
                segFrom = Arrays.copyOf(segFrom, segments * 2);
                segAt = Arrays.copyOf(segAt, segments * 2);
            }
            segFrom[segments] = runStart[best];
            segAt[segments++] = count;
            for (int n = runStart[best]; n <= runEnd[best] && (remNodes > 0 || remCpus > 0 || remGpus > 0); n++) {
                if (!usable.get(n)) {
                    continue;
                }
                if (count == picked.length) {
                    picked = Arrays.copyOf(picked, count * 2);
                }
                picked[count++] = n;
                remNodes--;
                remCpus -= nodes.get(n).cpus();
                remGpus -= nodes.get(n).gpus();
            }
            if (remNodes <= 0 && remCpus <= 0 && remGpus <= 0) {
                return segments == 1 ? Arrays.copyOf(picked, count) : inIndexOrder(picked, count, segments);
            }
            runNodes[best] = 0;
            if (byCpus < 0) {
                byCpus = orderByCpus(runs);
            }
        }
    }

    /**
     * The first {@code count} of {@code picked}, which are {@code segments} stretches of
     * consecutive nodes (one per run taken, in the order taken), put in index order.
     */
    private int[] inIndexOrder(int[] picked, int count, int segments) {
        long[] keys = new long[segments];
        for (int k = 0; k < segments; k++) {
            keys[k] = ((long) segFrom[k] << 32) | k;
        }
        Arrays.sort(keys);
        int[] out = new int[count];
        int o = 0;
        for (long key : keys) {
            int k = (int) key;
            int end = k + 1 < segments ? segAt[k + 1] : count;
            System.arraycopy(picked, segAt[k], out, o, end - segAt[k]);
            o += end - segAt[k];
        }
        return out;
    }

    /**
     * The run to take next: the first of the fewest CPUs among those sufficient for what is still
     * missing, or else the first of the most CPUs; -1 when none is left.
     */
    private int bestRun(int runs, int remNodes, long remCpus, long remGpus) {
        int best = -1;
        boolean bestSufficient = false;
        for (int i = 0; i < runs; i++) {
            if (runNodes[i] == 0) {
                continue;
            }
            boolean sufficient = runCpus[i] >= remCpus && runGpus[i] >= remGpus && runNodes[i] >= remNodes;
            if (best < 0 || (sufficient && !bestSufficient)
                    || (sufficient && runCpus[i] < runCpus[best])
                    || (!sufficient && !bestSufficient && runCpus[i] > runCpus[best])) {
                best = i;
                bestSufficient = sufficient;
            }
        }
        return best;
    }

    /**
     * Puts the runs left in runOrder by CPUs, most first, then by position; returns how many, or 0
     * (every choice then scans) where a sort key could not hold a run's CPUs and position.
     */
    private int orderByCpus(int runs) {
        if (runs >= RUN_LIMIT || cpusBefore[nodes.size()] >= CPU_LIMIT) {
            return 0;
        }
        if (runKeys.length < runs) {
            runKeys = new long[runs];
            runOrder = new int[runs];
        }
        int k = 0;
        for (int i = 0; i < runs; i++) {
            if (runNodes[i] != 0) {
                runKeys[k++] = (CPU_LIMIT - 1 - runCpus[i]) * RUN_LIMIT + i;
            }
        }
        Arrays.sort(runKeys, 0, k);
        for (int j = 0; j < k; j++) {
            runOrder[j] = (int) (runKeys[j] % RUN_LIMIT);
        }
        return k;
    }

    private long cpusIn(int runs) {
        long c = 0;
        for (int i = 0; i < runs; i++) {
            c += runCpus[i];
        }
        return c;
    }

    private long gpusIn(int runs) {
        long g = 0;
        for (int i = 0; i < runs; i++) {
            g += runGpus[i];
        }
        return g;
    }

    private int buildRuns(BitSet usable) {
        int runs = 0;
        for (int s = usable.nextSetBit(0); s >= 0; ) {
            int e = usable.nextClearBit(s) - 1;
            if (runs == runStart.length) {
                int cap = runs * 2;
                runStart = Arrays.copyOf(runStart, cap);
                runEnd = Arrays.copyOf(runEnd, cap);
                runCpus = Arrays.copyOf(runCpus, cap);
                runGpus = Arrays.copyOf(runGpus, cap);
                runNodes = Arrays.copyOf(runNodes, cap);
            }
            runStart[runs] = s;
            runEnd[runs] = e;
            runCpus[runs] = cpusBefore[e + 1] - cpusBefore[s];
            runGpus[runs] = gpusBefore[e + 1] - gpusBefore[s];
            runNodes[runs] = e - s + 1;
            runs++;
            s = e + 1 < nodes.size() ? usable.nextSetBit(e + 1) : -1;
        }
        return runs;
    }
}
