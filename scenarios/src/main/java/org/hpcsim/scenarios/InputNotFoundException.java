package org.hpcsim.scenarios;

/** A file the user named (scenario, trace) does not exist; told apart so callers can say "missing", not "malformed". */
public final class InputNotFoundException extends ScenarioException {
    private static final long serialVersionUID = 1L;

    /** An error with a complete one-line message. */
    public InputNotFoundException(String message) {
        super(message);
    }
}
