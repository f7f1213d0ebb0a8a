package org.hpcsim.models.calibration;

/**
 * A collective's time over a sweep of message sizes, at one number of ranks.
 *
 * @param ranks  how many ranks took part
 * @param series seconds per call against bytes per rank
 */
public record CollectiveSeries(int ranks, Series series) {
    /** Checks the rank count. */
    public CollectiveSeries {
        if (ranks < 1) {
            throw new IllegalArgumentException("a collective needs at least one rank, got " + ranks);
        }
    }
}
