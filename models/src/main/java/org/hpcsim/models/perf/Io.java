package org.hpcsim.models.perf;

/**
 * The input a job reads before it computes and the output it writes after, and where: the shared
 * parallel file system (whose bandwidth running jobs share) or each node's local scratch.
 *
 * @param readBytes  bytes the whole job reads at its start
 * @param writeBytes bytes the whole job writes at its end
 * @param scratch    true for node-local scratch, false for the shared file system
 */
public record Io(double readBytes, double writeBytes, boolean scratch) {
    /** No input or output. */
    public static final Io NONE = new Io(0, 0, false);

    /** Validates the volumes. */
    public Io {
        if (!(readBytes >= 0) || !(writeBytes >= 0) || !Double.isFinite(readBytes) || !Double.isFinite(writeBytes)) {
            throw new IllegalArgumentException("I/O volumes must be finite and not negative");
        }
    }

    /** Whether the job reads or writes anything. */
    public boolean any() {
        return readBytes > 0 || writeBytes > 0;
    }
}
