package org.hpcsim.models.slurm;

/**
 * Nodes in (free time, index) order: the order of the busy nodes a will-run test walks. The sort
 * merges neighbouring ascending runs, so input that is nearly in order (running jobs by time-limit
 * end) costs almost linear work.
 */
final class FreeTimeOrder {
    private FreeTimeOrder() {
    }

    /** Whether node {@code a} comes before node {@code b}: earlier free time, then lower index. */
    static boolean before(long[] freeAt, int a, int b) {
        return freeAt[a] != freeAt[b] ? freeAt[a] < freeAt[b] : a < b;
    }

    /**
     * Sorts the first {@code n} of {@code a} by {@link #before} (a total order: nodes are distinct)
     * by merging neighbouring ascending runs until one is left; {@code buffer} is as long as a.
     */
    static void sort(long[] freeAt, int[] a, int n, int[] buffer) {
        int[] src = a;
        int[] dst = buffer;
        while (true) {
            int runs = 0;
            for (int lo = 0; lo < n; ) {
                int mid = runEnd(freeAt, src, lo, n);
                int hi = mid == n ? n : runEnd(freeAt, src, mid, n);
                int i = lo;
                int j = mid;
                for (int o = lo; o < hi; o++) {
                    dst[o] = i < mid && (j >= hi || before(freeAt, src[i], src[j])) ? src[i++] : src[j++];
                }
                runs++;
                lo = hi;
            }
            int[] swap = src;
            src = dst;
            dst = swap;
            if (runs <= 1) {
                break;
            }
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, n);
        }
    }

    /** Whether the first {@code n} of {@code a} are in order already. */
    static boolean inOrder(long[] freeAt, int[] a, int n) {
        for (int k = 1; k < n; k++) {
            if (!before(freeAt, a[k - 1], a[k])) {
                return false;
            }
        }
        return true;
    }

    /** Merges {@code a[0, na)} and {@code b[0, nb)}, each in order, into {@code out}. */
    static void merge(long[] freeAt, int[] a, int na, int[] b, int nb, int[] out) {
        int i = 0;
        int j = 0;
        int o = 0;
        while (i < na && j < nb) {
            out[o++] = before(freeAt, b[j], a[i]) ? b[j++] : a[i++];
        }
        while (i < na) {
            out[o++] = a[i++];
        }
        while (j < nb) {
            out[o++] = b[j++];
        }
    }

    /** The end (exclusive) of the ascending run of {@code a} that begins at {@code lo}. */
    private static int runEnd(long[] freeAt, int[] a, int lo, int n) {
        int k = lo + 1;
        while (k < n && before(freeAt, a[k - 1], a[k])) {
            k++;
        }
        return k;
    }
}
