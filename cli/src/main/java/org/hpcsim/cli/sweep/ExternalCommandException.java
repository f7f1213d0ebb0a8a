package org.hpcsim.cli.sweep;

/** A program hpcsim runs for a sweep (sbatch, squeue) is missing, failed or did not answer in time. */
public final class ExternalCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The failure, in one line that names the program. */
    public ExternalCommandException(String message) {
        super(message);
    }
}
