package org.hpcsim.cli;

/** A command-line flag has a value that is not allowed. */
public final class BadFlagException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A bad flag, described in one line that names the flag. */
    public BadFlagException(String message) {
        super(message);
    }
}
