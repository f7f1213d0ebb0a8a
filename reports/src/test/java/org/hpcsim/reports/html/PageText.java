package org.hpcsim.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a rendered page back in tests: a section's table rows as cell texts, and every src or href value. */
final class PageText {
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:src|href)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
            Pattern.CASE_INSENSITIVE);

    private PageText() {}

    /** The text of the section with {@code id}, from its opening tag to its end. */
    static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\">");
        if (start < 0) {
            throw new AssertionError("no section " + id);
        }
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** The rows of the tables in {@code html}, each as its cells' text, tags dropped and entities decoded. */
    static List<List<String>> rows(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(html);
        while (r.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(1));
            while (c.find()) {
                cells.add(text(c.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Every src and href value in {@code page}, quotes removed. */
    static List<String> references(String page) {
        List<String> refs = new ArrayList<>();
        Matcher m = REFERENCE.matcher(page);
        while (m.find()) {
            String v = m.group(1);
            refs.add(v.startsWith("\"") || v.startsWith("'") ? v.substring(1, v.length() - 1) : v);
        }
        return refs;
    }

    private static String text(String html) {
        return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
