package org.hpcsim.reports.html;

/** Escaping of text from the data for HTML element content and quoted attribute values. */
final class Html {
    private Html() {}

    /** {@code text} with {@code & < > " '} replaced by entities; safe both between tags and inside quotes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && sb == null) {
                // Most text needs nothing; copy only once the first character does.
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (entity != null) {
                    sb.append(entity);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
