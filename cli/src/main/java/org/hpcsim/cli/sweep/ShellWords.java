package org.hpcsim.cli.sweep;

import java.util.Locale;
import org.hpcsim.cli.BadFlagException;

/**
 * Words for the POSIX shell script a Slurm task runs: each value single-quoted, so the shell
 * expands nothing in it, and control characters refused before they reach a script or a manifest.
 */
final class ShellWords {
    private ShellWords() {}

    /**
     * {@code word} as one single-quoted shell word. Inside single quotes only the quote itself is
     * special; it is closed, written escaped, and reopened.
     */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * {@code value}, or a one-line error naming {@code what} when it holds a control character: a
     * newline would end the script's command line and start another.
     */
    static String requireNoControl(String what, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new BadFlagException(what + ": control characters (newline, tab...) are not allowed, got '"
                        + visible(value) + "'");
            }
        }
        return value;
    }

    /** {@code value} with control characters written as escapes, so a message stays one line. */
    static String visible(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
