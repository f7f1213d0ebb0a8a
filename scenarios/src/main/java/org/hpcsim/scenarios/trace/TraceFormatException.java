package org.hpcsim.scenarios.trace;

/**
 * A malformed line in a trace of any format, reported as one line {@code <source>:<line>: <what is wrong>}.
 *
 * <p>Unchecked because a bad trace is a data error the caller reports, not one it recovers from.
 */
public class TraceFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final long lineNumber;
    private final String problem;

    /** Creates the exception for a 1-based physical line of the named source. */
    public TraceFormatException(String sourceName, long lineNumber, String problem) {
        super(sourceName + ":" + lineNumber + ": " + problem);
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
        this.problem = problem;
    }

    /** The file name as it was given to the reader. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based physical line number. */
    public long lineNumber() {
        return lineNumber;
    }

    /** What is wrong, without the location prefix. */
    public String problem() {
        return problem;
    }
}
