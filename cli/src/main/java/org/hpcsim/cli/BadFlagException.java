package org.hpcsim.cli;

/** A command-line flag has a value that is not allowed. */
final class BadFlagException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadFlagException(String message) {
        super(message);
    }
}
