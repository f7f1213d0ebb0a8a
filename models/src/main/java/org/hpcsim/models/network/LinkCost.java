package org.hpcsim.models.network;

/**
 * The Hockney cost of one step of a collective: a message of n bytes takes alpha + n x beta,
 * and reducing n bytes into a buffer takes n x gamma.
 *
 * @param alpha seconds of start-up per message
 * @param beta  seconds per byte moved
 * @param gamma seconds per byte reduced (0 when only data moves)
 */
public record LinkCost(double alpha, double beta, double gamma) {
    /** Validates the costs. */
    public LinkCost {
        if (!(alpha >= 0) || !(beta >= 0) || !(gamma >= 0)
                || !Double.isFinite(alpha) || !Double.isFinite(beta) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("link cost: alpha, beta and gamma must be finite and 0 or more, got "
                    + alpha + ", " + beta + ", " + gamma);
        }
    }

    /** This cost with {@code gamma} seconds per byte reduced (the nodes' arithmetic, not the network's). */
    public LinkCost withGamma(double gamma) {
        return new LinkCost(alpha, beta, gamma);
    }
}
