package org.hpcsim.scenarios;

/**
 * Bad user input found while reading or building a scenario. Its message is one line that names
 * the file, line or field, what is wrong and what is allowed.
 */
public class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a complete one-line message. */
    public ScenarioException(String message) {
        super(message);
    }

    /** An error with a complete one-line message and its cause. */
    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
