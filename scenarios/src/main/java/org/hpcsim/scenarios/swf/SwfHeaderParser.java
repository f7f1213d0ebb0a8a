package org.hpcsim.scenarios.swf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects {@code ; Key: value} comment lines into the raw map behind an {@link SwfHeader}. */
final class SwfHeaderParser {
    private final Map<String, String> raw = new LinkedHashMap<>();
    private String lastKey;

    /** Takes the text of a comment line after its {@code ;}. */
    void comment(byte[] b, int from, int to) {
        // Header text may name places (Umeå), so decode as UTF-8 rather than ASCII.
        String text = new String(b, from, to - from, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            lastKey = null; // a bare ';' separates paragraphs; what follows continues nothing
            return;
        }
        int colon = keyEnd(text);
        if (colon < 0) {
            if (lastKey != null) {
                raw.merge(lastKey, text, (old, more) -> old.isEmpty() ? more : old + " " + more);
            }
            return;
        }
        String key = text.substring(0, colon);
        String value = text.substring(colon + 1).strip();
        raw.merge(key, value, (old, next) -> old + "\n" + next);
        lastKey = key;
    }

    /** A blank line ends any continuation, like a bare {@code ;}. */
    void blankLine() {
        lastKey = null;
    }

    SwfHeader build() {
        return SwfHeader.fromRaw(raw);
    }

    /**
     * The index of the colon after a key, or -1: a key is a word followed by a colon and then
     * whitespace or the end, so a continuation line holding a URL ({@code http://...}) is no key.
     */
    private static int keyEnd(String text) {
        int i = 0;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i == 0 || i >= text.length() || text.charAt(i) != ':' || !Character.isLetter(text.charAt(0))) {
            return -1;
        }
        boolean endsOrSpace = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        return endsOrSpace ? i : -1;
    }
}
