package org.hpcsim.models.flow;

import java.util.Arrays;

/**
 * A binary min-heap of int ids keyed by double levels, ties broken by the smaller id, over primitive
 * arrays reused from one fill to the next.
 *
 * <p>Only the top can be re-keyed, and only upward: progressive filling raises a link's saturation
 * level as flows on it freeze, so a stored key is a lower bound of the true one and the filling
 * re-keys a link lazily, when it reaches the top, instead of on every freeze.
 */
final class LevelHeap {
    private int[] ids = new int[16];
    private double[] keys = new double[16];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int topId() {
        return ids[0];
    }

    double topKey() {
        return keys[0];
    }

    /** Appends without ordering; call {@link #heapify()} after the last one. */
    void append(int id, double key) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        ids[size] = id;
        keys[size] = key;
        size++;
    }

    /** Adds keeping the heap in order. */
    void push(int id, double key) {
        append(id, key);
        int hole = size - 1;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (!before(id, key, ids[parent], keys[parent])) {
                break;
            }
            ids[hole] = ids[parent];
            keys[hole] = keys[parent];
            hole = parent;
        }
        ids[hole] = id;
        keys[hole] = key;
    }

    void heapify() {
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, ids[i], keys[i]);
        }
    }

    void pop() {
        size--;
        if (size > 0) {
            siftDown(0, ids[size], keys[size]);
        }
    }

    /** Gives the top a key at least as large as its present one. */
    void raiseTop(double key) {
        siftDown(0, ids[0], key);
    }

    private void siftDown(int hole, int id, double key) {
        int half = size >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            int right = child + 1;
            if (right < size && before(ids[right], keys[right], ids[child], keys[child])) {
                child = right;
            }
            if (!before(ids[child], keys[child], id, key)) {
                break;
            }
            ids[hole] = ids[child];
            keys[hole] = keys[child];
            hole = child;
        }
        ids[hole] = id;
        keys[hole] = key;
    }

    private static boolean before(int idA, double keyA, int idB, double keyB) {
        return keyA < keyB || (keyA == keyB && idA < idB);
    }
}
