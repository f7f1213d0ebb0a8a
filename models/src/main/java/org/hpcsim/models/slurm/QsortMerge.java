package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The order glibc's qsort leaves an array in, which slurmctld's list_sort uses (list.c) to sort
 * its job queue. glibc 2.36 (Debian 12, the oracle's system) sorts arrays of pointers with a
 * top-down merge sort (msort.c, msort_with_tmp): the first half is the smaller one, n / 2
 * elements, and a merge takes from the first half while the comparison is zero or less. Sorting
 * the same way matters when the comparison is not a total order, as sort_job_queue2's is under
 * preemption (a job sorts before any job it may preempt, whatever their priorities): the result
 * then depends on the algorithm and on the order the elements came in, and a general-purpose sort
 * may reject such a comparison outright.
 */
final class QsortMerge {
    private QsortMerge() {}

    /** Sorts {@code a[from, to)} as glibc's merge sort does under {@code order}. */
    static <T> void sort(T[] a, int from, int to, Comparator<? super T> order) {
        if (to - from < 2) {
            return;
        }
        T[] tmp = Arrays.copyOfRange(a, from, to);
        sort(a, from, to - from, tmp, order);
    }

    private static <T> void sort(T[] a, int b, int n, T[] tmp, Comparator<? super T> order) {
        if (n <= 1) {
            return;
        }
        int n1 = n / 2;
        int n2 = n - n1;
        sort(a, b, n1, tmp, order);
        sort(a, b + n1, n2, tmp, order);
        int i = b;
        int j = b + n1;
        int t = 0;
        while (n1 > 0 && n2 > 0) {
            if (order.compare(a[i], a[j]) <= 0) {
                tmp[t++] = a[i++];
                n1--;
            } else {
                tmp[t++] = a[j++];
                n2--;
            }
        }
        while (n1 > 0) {
            tmp[t++] = a[i++];
            n1--;
        }
        System.arraycopy(tmp, 0, a, b, t); // what is left of the second half is in place already
    }
}
