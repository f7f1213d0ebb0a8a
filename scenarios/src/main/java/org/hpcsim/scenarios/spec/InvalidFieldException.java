package org.hpcsim.scenarios.spec;

/**
 * Thrown by a spec record's constructor when one of its fields holds a value that is not allowed;
 * the loader adds the path of the record and the file to make a one-line message.
 */
public final class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** {@code field} is the YAML key; {@code problem} says what is wrong and what is allowed. */
    public InvalidFieldException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** The YAML key of the offending field. */
    public String field() {
        return field;
    }

    public static void require(boolean ok, String field, String problem) {
        if (!ok) {
            throw new InvalidFieldException(field, problem);
        }
    }
}
