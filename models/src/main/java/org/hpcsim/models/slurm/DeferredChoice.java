package org.hpcsim.models.slurm;

import java.util.BitSet;

/**
 * A will-run test's choice of nodes, left until backfill wants it: the request, the nodes it was
 * offered and those ready at the time found, kept as words, so that the choice made later is the
 * one the test would have made. Most tests are superseded by a later try and never choose.
 */
final class DeferredChoice {
    private final int words;
    private final long[] ready;
    private final long[] availWords;
    private JobRequest request;
    private BitSet avail;
    private NodeSelector selector;

    /** For node sets of {@code words} words. */
    DeferredChoice(int words) {
        this.words = words;
        this.ready = new long[words];
        this.availWords = new long[words];
    }

    /** Keeps a test of {@code r}: its offered nodes ({@code avail} and their words) and the ready ones. */
    void hold(JobRequest r, BitSet avail, long[] availWords, long[] ready, NodeSelector selector) {
        System.arraycopy(ready, 0, this.ready, 0, words);
        System.arraycopy(availWords, 0, this.availWords, 0, words);
        this.request = r;
        this.avail = avail;
        this.selector = selector;
    }

    /** The nodes of the test held last, chosen as the test would have chosen them. */
    Allocation choose() {
        Allocation a = selector.wholeNodes(request, avail, availWords, ready, words);
        request = null;
        avail = null;
        selector = null;
        return a;
    }
}
