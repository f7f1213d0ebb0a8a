package org.hpcsim.cli;

/**
 * Text from the user's files made safe to print as one line on a terminal: a message may quote a
 * line of a file, and a file may hold anything (a newline, an escape sequence that would recolour
 * or clear the terminal, a byte of a binary file read as text).
 */
final class TerminalText {
    private TerminalText() {}

    /**
     * {@code text} with each control character (C0, DEL and C1) written as an escape: {@code \n},
     * {@code \r} and {@code \t} by name, the others as a backslash, x and two hex digits (or u and four).
     */
    static String oneLine(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x80 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            }
        }
        return sb == null ? text : sb.toString();
    }
}
