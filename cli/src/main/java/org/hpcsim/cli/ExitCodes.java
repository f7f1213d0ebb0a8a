package org.hpcsim.cli;

/** Process exit codes, following BSD sysexits.h so scripts can tell bad input from a crash. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /**
     * A search found no answer: no point of a plan meets its constraints (as grep exits 1 when no
     * line matches); the outputs are written all the same.
     */
    static final int NO_ANSWER = 1;
    /** The command line was wrong (EX_USAGE). */
    static final int USAGE = 64;
    /** An input file (scenario, trace) was wrong (EX_DATAERR). */
    static final int DATA = 65;
    /** An input file does not exist or cannot be opened (EX_NOINPUT). */
    static final int NO_INPUT = 66;
    /** A program hpcsim runs (sbatch, squeue) is missing or refused the request (EX_UNAVAILABLE). */
    static final int UNAVAILABLE = 69;
    /** A bug in hpcsim (EX_SOFTWARE). */
    static final int SOFTWARE = 70;
    /** Reading or writing failed (EX_IOERR). */
    static final int IO = 74;

    private ExitCodes() {}
}
