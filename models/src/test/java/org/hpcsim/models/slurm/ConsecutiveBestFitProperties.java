package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * select/linear's best fit takes runs by CPUs from a sorted order once a job spans several runs;
 * it must pick exactly what the plain rule picks: each time, scan every run left and take the
 * first of the fewest CPUs among those sufficient, else the first of the most CPUs, whole. The
 * nodes come back in index order.
 */
class ConsecutiveBestFitProperties {
    @Property(tries = 300)
    void shouldPickWhatThePlainScanPicks(@ForAll long seed, @ForAll @IntRange(min = 1, max = 600) int size,
                                        @ForAll boolean alike) {
        Random rnd = new Random(seed);
        List<SlurmNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(new SlurmNode("n" + i, alike ? 1 : 1 + rnd.nextInt(4), 0, alike ? 0 : rnd.nextInt(2), "", 1,
                    List.of()));
        }
        ConsecutiveBestFit fit = new ConsecutiveBestFit(nodes);
        for (int round = 0; round < 10; round++) {
            BitSet usable = new BitSet();
            int density = 1 + rnd.nextInt(9);
            for (int i = 0; i < size; i++) {
                if (rnd.nextInt(10) < density) {
                    usable.set(i);
                }
            }
            int wantNodes = 1 + rnd.nextInt(Math.max(1, size / 2));
            long cpus = 1 + rnd.nextInt(Math.max(1, size * 2));
            long gpus = rnd.nextInt(3) == 0 ? rnd.nextInt(Math.max(1, size / 3)) : 0;
            int[] expected = plainPick(nodes, usable, wantNodes, cpus, gpus);
            int[] actual = fit.pick(usable, wantNodes, cpus, gpus);
            assertArrayEquals(expected, actual, "round " + round + ": " + wantNodes + " nodes, " + cpus + " CPUs, "
                    + gpus + " GPUs on " + usable);
        }
    }

    /** The rule as a plain scan over lists of runs. */
    private static int[] plainPick(List<SlurmNode> nodes, BitSet usable, int wantNodes, long cpus, long gpus) {
        List<int[]> runs = new ArrayList<>();
        for (int s = usable.nextSetBit(0); s >= 0; ) {
            int e = usable.nextClearBit(s);
            runs.add(new int[] {s, e});
            s = usable.nextSetBit(e);
        }
        boolean[] taken = new boolean[runs.size()];
        List<Integer> picked = new ArrayList<>();
        long remNodes = wantNodes;
        while (true) {
            int best = -1;
            boolean bestSufficient = false;
            long bestCpus = 0;
            for (int i = 0; i < runs.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                long c = 0;
                long g = 0;
                for (int n = runs.get(i)[0]; n < runs.get(i)[1]; n++) {
                    c += nodes.get(n).cpus();
                    g += nodes.get(n).gpus();
                }
                int count = runs.get(i)[1] - runs.get(i)[0];
                boolean sufficient = c >= cpus && g >= gpus && count >= remNodes;
                if (best < 0 || (sufficient && (!bestSufficient || c < bestCpus))
                        || (!sufficient && !bestSufficient && c > bestCpus)) {
                    best = i;
                    bestSufficient = sufficient;
                    bestCpus = c;
                }
            }
            if (best < 0) {
                return null;
            }
            for (int n = runs.get(best)[0]; n < runs.get(best)[1] && (remNodes > 0 || cpus > 0 || gpus > 0); n++) {
                picked.add(n);
                remNodes--;
                cpus -= nodes.get(n).cpus();
                gpus -= nodes.get(n).gpus();
            }
            if (remNodes <= 0 && cpus <= 0 && gpus <= 0) {
                return picked.stream().mapToInt(Integer::intValue).sorted().toArray();
            }
            taken[best] = true;
        }
    }
}
