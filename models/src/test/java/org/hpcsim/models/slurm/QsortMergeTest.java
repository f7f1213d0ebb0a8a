package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** glibc's merge sort, by hand on orders that are not total, and against a stable sort on ones that are. */
class QsortMergeTest {
    /** Rock before scissors, scissors before paper, paper before rock: no total order. */
    private static final Comparator<String> ROCK_PAPER_SCISSORS = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        String beats = a.equals("R") ? "S" : a.equals("S") ? "P" : "R";
        return b.equals(beats) ? -1 : 1;
    };

    @Test
    void shouldMergeTheSmallerFirstHalfWithTheSecondAsGlibcDoes() {
        // [R] | [P, S]: the second half sorts to [S, P]; R before S, then P: R S P. An insertion
        // sort (what Arrays.sort does on so few) would read R > P > S as one descending run: S P R.
        String[] a = {"R", "P", "S"};
        QsortMerge.sort(a, 0, 3, ROCK_PAPER_SCISSORS);
        assertArrayEquals(new String[] {"R", "S", "P"}, a);
        // [S] | [R, P] -> [P, R]; S before P, then R: S P R.
        String[] b = {"S", "R", "P"};
        QsortMerge.sort(b, 0, 3, ROCK_PAPER_SCISSORS);
        assertArrayEquals(new String[] {"S", "P", "R"}, b);
    }

    @Test
    void shouldSortOnlyTheRangeAsked() {
        String[] a = {"P", "R", "P", "S", "R"};
        QsortMerge.sort(a, 1, 4, ROCK_PAPER_SCISSORS); // R P S as above, in place
        assertArrayEquals(new String[] {"P", "R", "S", "P", "R"}, a);
    }

    @Test
    void shouldAgreeWithAStableSortOnATotalOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(60);
            long[][] a = new long[n][];
            for (int i = 0; i < n; i++) {
                a[i] = new long[] {random.nextInt(8), i}; // a key with ties, and where it came from
            }
            long[][] expected = a.clone();
            Arrays.sort(expected, Comparator.comparingLong(x -> x[0])); // stable
            QsortMerge.sort(a, 0, n, Comparator.comparingLong(x -> x[0]));
            assertArrayEquals(expected, a);
        }
    }
}
