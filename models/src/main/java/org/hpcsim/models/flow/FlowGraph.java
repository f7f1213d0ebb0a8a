package org.hpcsim.models.flow;

import java.util.Arrays;

/**
 * The links, the live flows, which flows cross which links (positive weights only) and the free
 * ids, over growable primitive arrays.
 *
 * <p>Each link keeps its flows sorted by id, so every sum over a link's flows adds in the same order
 * whatever the history of adds and removes was: equal flow sets give bit-equal rates.
 */
final class FlowGraph {
    final double[] capacity;

    /** Per link: its flows by increasing id and their weights on it. */
    final int[][] linkFlows;
    final double[][] linkWeights;
    final int[] linkDegree;

    /** Per flow id: its bound and the links it crosses with a positive weight. */
    double[] bound = new double[16];
    int[][] flowLinks = new int[16][];
    double[][] flowWeights = new double[16][];
    int[] flowDegree = new int[16];
    boolean[] alive = new boolean[16];
    private int idLimit;
    private final LevelHeap freeIds = new LevelHeap();

    FlowGraph(double[] capacities) {
        int links = capacities.length;
        capacity = capacities.clone();
        linkFlows = new int[links][];
        linkWeights = new double[links][];
        linkDegree = new int[links];
        for (int l = 0; l < links; l++) {
            linkFlows[l] = new int[4];
            linkWeights[l] = new double[4];
        }
    }

    /** Ids at or past this one have never been used. */
    int idLimit() {
        return idLimit;
    }

    /** Takes the smallest free id, so that ids do not depend on anything but the calls made. */
    int allocate() {
        int id;
        if (freeIds.isEmpty()) {
            id = idLimit++;
            if (id == alive.length) {
                growFlows(2 * id);
            }
        } else {
            id = freeIds.topId();
            freeIds.pop();
        }
        alive[id] = true;
        return id;
    }

    private void growFlows(int n) {
        bound = Arrays.copyOf(bound, n);
        flowLinks = Arrays.copyOf(flowLinks, n);
        flowWeights = Arrays.copyOf(flowWeights, n);
        flowDegree = Arrays.copyOf(flowDegree, n);
        alive = Arrays.copyOf(alive, n);
    }

    /** Stores flow {@code f}'s positive-weight links and enters it in their flow lists. */
    void attach(int f, double flowBound, int[] links, double[] weights, int positive) {
        bound[f] = flowBound;
        int[] fl = flowLinks[f];
        double[] fw = flowWeights[f];
        if (fl == null || fl.length < positive) {
            fl = flowLinks[f] = new int[Math.max(4, positive)];
            fw = flowWeights[f] = new double[fl.length];
        }
        int k = 0;
        for (int i = 0; i < links.length; i++) {
            if (weights[i] > 0) {
                fl[k] = links[i];
                fw[k] = weights[i];
                insert(links[i], f, weights[i]);
                k++;
            }
        }
        flowDegree[f] = k;
    }

    private void insert(int l, int f, double w) {
        int n = linkDegree[l];
        if (n == linkFlows[l].length) {
            linkFlows[l] = Arrays.copyOf(linkFlows[l], 2 * n);
            linkWeights[l] = Arrays.copyOf(linkWeights[l], 2 * n);
        }
        int[] fs = linkFlows[l];
        double[] ws = linkWeights[l];
        int i = n;
        while (i > 0 && fs[i - 1] > f) {
            fs[i] = fs[i - 1];
            ws[i] = ws[i - 1];
            i--;
        }
        fs[i] = f;
        ws[i] = w;
        linkDegree[l] = n + 1;
    }

    /** Takes flow {@code f} out of its links' flow lists and frees its id. */
    void detach(int f) {
        int[] fl = flowLinks[f];
        for (int k = 0; k < flowDegree[f]; k++) {
            int l = fl[k];
            int[] fs = linkFlows[l];
            double[] ws = linkWeights[l];
            int n = linkDegree[l] - 1;
            int i = Arrays.binarySearch(fs, 0, n + 1, f);
            System.arraycopy(fs, i + 1, fs, i, n - i);
            System.arraycopy(ws, i + 1, ws, i, n - i);
            linkDegree[l] = n;
        }
        alive[f] = false;
        freeIds.push(f, f);
    }
}
