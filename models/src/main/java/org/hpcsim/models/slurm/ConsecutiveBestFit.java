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
    private int runs;
    /** Runs left, by CPUs, once a pick needs more than one: a binary heap of run indices. */
    private int[] heap = new int[16];
    private int heapSize;
    /** The runs taken by the current pick: first node, and where its nodes begin in the picked array. */
    private int[] segFrom = new int[16];
    private int[] segAt = new int[16];

    /** Scratch words marking the nodes of a pick taken from several runs; all clear between picks. */
    private final long[] marks;
    /** CPUs and GPUs of nodes [0, i), so a run's totals cost two subtractions. */
    private final long[] cpusBefore;
    private final long[] gpusBefore;

    ConsecutiveBestFit(List<SlurmNode> nodes) {
        this.nodes = nodes;
        cpusBefore = new long[nodes.size() + 1];
        gpusBefore = new long[nodes.size() + 1];
        marks = new long[(nodes.size() + 63) >>> 6];
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
        long[] words = usable.toLongArray();
        return pick(words, words.length, wantNodes, cpus, gpus);
    }

    /**
     * As {@link #pick(BitSet, int, long, long)}, with the usable nodes as the first {@code words}
     * of {@code usable} (bit n of word n / 64 is node n).
     */
    int[] pick(long[] usable, int words, int wantNodes, long cpus, long gpus) {
        if (count(usable, words) < wantNodes) {
            return null; // too few nodes whatever the runs
        }
        int runs = buildRuns(usable, words);
        if (cpusIn(runs) < cpus || gpusIn(runs) < gpus) {
            return null; // taking every run would not do either
        }
        int remNodes = wantNodes;
        long remCpus = cpus;
        long remGpus = gpus;
        int[] picked = new int[Math.max(1, Math.min(wantNodes, nodes.size()))];
        int count = 0;
        int segments = 0;
        boolean byCpus = false; // runs in a heap by CPUs, most first, once a job has needed more than one run
        while (true) {
            int best;
            if (byCpus) {
                while (heapSize > 0 && runNodes[heap[0]] == 0) {
                    popHeap();
                }
                // No run left with the CPUs still missing: none is sufficient, and the scan
                // below would take the first of those with the most CPUs, which is this one.
                best = heapSize > 0 && runCpus[heap[0]] < remCpus ? heap[0] : bestRun(runs, remNodes, remCpus, remGpus);
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
            int from = runStart[best];
            segFrom[segments] = from;
            segAt[segments++] = count;
            // A run is consecutive usable nodes: take from its start as few as leave nothing missing.
            int take = taken(from, runEnd[best] - from + 1, remNodes, remCpus, remGpus);
            if (count + take > picked.length) {
                picked = Arrays.copyOf(picked, Math.max(count + take, picked.length * 2));
            }
            for (int k = 0; k < take; k++) {
                picked[count++] = from + k;
            }
            remNodes -= take;
            remCpus -= cpusBefore[from + take] - cpusBefore[from];
            remGpus -= gpusBefore[from + take] - gpusBefore[from];
            if (remNodes <= 0 && remCpus <= 0 && remGpus <= 0) {
                return segments == 1 ? Arrays.copyOf(picked, count) : inIndexOrder(picked, count, segments);
            }
            runNodes[best] = 0;
            if (!byCpus) {
                heapify(runs);
                byCpus = true;
            }
        }
    }

    /**
     * How many nodes from {@code from} on, at most {@code length}, to take: the fewest after which
     * no node, CPU or GPU is missing, else all.
     */
    private int taken(int from, int length, int remNodes, long remCpus, long remGpus) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (remNodes - mid <= 0 && cpusBefore[from + mid] - cpusBefore[from] >= remCpus
                    && gpusBefore[from + mid] - gpusBefore[from] >= remGpus) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The first {@code count} of {@code picked}, which are {@code segments} stretches of
     * consecutive nodes (one per run taken, in the order taken), put in index order: the
     * stretches are marked in {@code marks}, which are read out in order and cleared.
     */
    private int[] inIndexOrder(int[] picked, int count, int segments) {
        int lowWord = Integer.MAX_VALUE;
        int highWord = 0;
        for (int k = 0; k < segments; k++) {
            int from = segFrom[k];
            int to = from + (k + 1 < segments ? segAt[k + 1] : count) - segAt[k]; // exclusive
            if (to == from) {
                continue;
            }
            lowWord = Math.min(lowWord, from >>> 6);
            highWord = Math.max(highWord, (to - 1) >>> 6);
            for (int n = from; n < to; ) {
                int w = n >>> 6;
                int upTo = Math.min(to, (w + 1) << 6);
                marks[w] |= (-1L << n) & ((upTo & 63) == 0 ? -1L : ~(-1L << upTo));
                n = upTo;
            }
        }
        int[] out = new int[count];
        int o = 0;
        for (int w = lowWord; w <= highWord; w++) {
            long x = marks[w];
            marks[w] = 0;
            while (x != 0) {
                out[o++] = (w << 6) + Long.numberOfTrailingZeros(x);
                x &= x - 1;
            }
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

    /** Whether run {@code a} comes before run {@code b} by CPUs: more CPUs first, then position. */
    private boolean moreCpus(int a, int b) {
        return runCpus[a] != runCpus[b] ? runCpus[a] > runCpus[b] : a < b;
    }

    /** Puts the runs left in a heap with the run of most CPUs (first of equals) on top. */
    private void heapify(int runs) {
        if (heap.length < runs) {
            heap = new int[runs];
        }
        heapSize = 0;
        for (int i = 0; i < runs; i++) {
            if (runNodes[i] != 0) {
                heap[heapSize++] = i;
            }
        }
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    private void popHeap() {
        heap[0] = heap[--heapSize];
        siftDown(0);
    }

    private void siftDown(int i) {
        int x = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= heapSize) {
                break;
            }
            if (c + 1 < heapSize && moreCpus(heap[c + 1], heap[c])) {
                c++;
            }
            if (!moreCpus(heap[c], x)) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = x;
    }

    private static int count(long[] words, int n) {
        int c = 0;
        for (int w = 0; w < n; w++) {
            c += Long.bitCount(words[w]);
        }
        return c;
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

    /** Finds the runs of consecutive nodes in the first {@code words} of {@code usable}; returns how many. */
    private int buildRuns(long[] usable, int words) {
        runs = 0;
        int start = -1; // the first node of a run still open at the word's start
        for (int w = 0; w < words; w++) {
            long x = usable[w];
            int base = w << 6;
            while (true) {
                if (start < 0) {
                    if (x == 0) {
                        break;
                    }
                    start = base + Long.numberOfTrailingZeros(x);
                    x = ~x & (-1L << (start - base)); // the clear bits above the run's start
                } else {
                    x = ~x; // the clear bits, the run continuing from the word before
                }
                if (x == 0) {
                    break; // the run goes on into the next word
                }
                int endBit = Long.numberOfTrailingZeros(x);
                addRun(start, base + endBit - 1);
                start = -1;
                x = usable[w] & (-1L << endBit);
            }
        }
        if (start >= 0) {
            addRun(start, (words << 6) - 1);
        }
        return runs;
    }

    private void addRun(int s, int e) {
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
    }
}
