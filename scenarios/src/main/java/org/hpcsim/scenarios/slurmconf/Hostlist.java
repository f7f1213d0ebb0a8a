package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Slurm's hostlist expressions: {@code n[1-16]}, {@code n[01-16]} (the low bound's width is kept
 * as zero padding), {@code gpu[1-4,7],cpu[001-003]}, several ranges such as {@code r[1-2]n[1-3]}
 * (expanded with the first range outermost), and plain names.
 *
 * <p>As slurm.conf(5), 22.05, NODE CONFIGURATION says, when a name has bracketed ranges one of them
 * must end it ({@code unit[0-31]rack} is invalid). Parsing errors are {@link IllegalArgumentException}s
 * whose message says what is wrong and what is allowed; callers add the file and line.
 */
public final class Hostlist {
    /** Guards against a typo such as {@code n[1-100000000]} filling the memory. */
    static final int MAX_NAMES = 1_000_000;
    private static final int MAX_DIGITS = 18;

    private Hostlist() {}

    /** Every name of the expression in order, duplicates kept; an empty or blank expression has none. */
    public static List<String> expand(String expression) {
        List<String> names = new ArrayList<>();
        if (expression.isBlank()) {
            return names;
        }
        for (String element : elements(expression)) {
            expandElement(element, names);
        }
        return names;
    }

    /**
     * A compact expression naming exactly the given names, such as {@code n[1-3,7],n[01-12],login}:
     * names are grouped by the text before their trailing digits and by zero padding (an unpadded
     * number as long as a padded one of the same prefix joins it), then sorted.
     */
    public static String format(Collection<String> names) {
        // Widths of zero-padded numbers per prefix: cpu10 joins cpu[01-09] as cpu[01-10], as Slurm prints it.
        Map<String, Set<Integer>> paddedWidths = new HashMap<>();
        for (String name : names) {
            checkFormattable(name);
            int digits = trailingDigits(name);
            if (digits > 1 && digits <= MAX_DIGITS && name.charAt(name.length() - digits) == '0') {
                paddedWidths.computeIfAbsent(name.substring(0, name.length() - digits), k -> new HashSet<>()).add(digits);
            }
        }
        Map<String, TreeSet<Long>> ranged = new TreeMap<>();
        TreeSet<String> plain = new TreeSet<>();
        for (String name : names) {
            int digits = trailingDigits(name);
            if (digits == 0 || digits > MAX_DIGITS) {
                plain.add(name);
                continue;
            }
            String prefix = name.substring(0, name.length() - digits);
            boolean padded = digits > 1 && name.charAt(prefix.length()) == '0';
            int width = padded || paddedWidths.getOrDefault(prefix, Set.of()).contains(digits) ? digits : 0;
            String number = name.substring(prefix.length());
            String key = prefix + "\u0000" + width;
            ranged.computeIfAbsent(key, k -> new TreeSet<>()).add(Long.parseLong(number));
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Long>> group : ranged.entrySet()) {
            int cut = group.getKey().indexOf('\u0000');
            parts.add(formatGroup(group.getKey().substring(0, cut),
                    Integer.parseInt(group.getKey().substring(cut + 1)), group.getValue()));
        }
        parts.addAll(plain);
        parts.sort(Comparator.naturalOrder());
        return String.join(",", parts);
    }

    private static String formatGroup(String prefix, int width, TreeSet<Long> numbers) {
        if (numbers.size() == 1) {
            return prefix + pad(numbers.first(), width);
        }
        StringBuilder s = new StringBuilder(prefix).append('[');
        Long start = null;
        long previous = 0;
        for (long n : numbers) {
            if (start != null && n == previous + 1) {
                previous = n;
                continue;
            }
            if (start != null) {
                appendRange(s, start, previous, width).append(',');
            }
            start = n;
            previous = n;
        }
        return appendRange(s, start, previous, width).append(']').toString();
    }

    private static StringBuilder appendRange(StringBuilder s, long from, long to, int width) {
        s.append(pad(from, width));
        return from == to ? s : s.append('-').append(pad(to, width));
    }

    private static String pad(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static void checkFormattable(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == ',' || c == '[' || c == ']' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("'" + name + "' cannot be a node name (no commas, brackets or blanks)");
        }
    }

    private static int trailingDigits(String name) {
        int i = name.length();
        while (i > 0 && Character.isDigit(name.charAt(i - 1)) && name.charAt(i - 1) < 128) {
            i--;
        }
        return name.length() - i;
    }

    /** The comma-separated elements of the expression, commas inside brackets not splitting. */
    static List<String> elements(String expression) {
        List<String> elements = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '[') {
                if (++depth > 1) {
                    throw bad(expression, "has nested brackets");
                }
            } else if (c == ']') {
                if (--depth < 0) {
                    throw bad(expression, "has ']' without '['");
                }
            } else if (Character.isWhitespace(c)) {
                throw bad(expression, "has a blank in it");
            } else if (c == ',' && depth == 0) {
                elements.add(element(expression, start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw bad(expression, "has '[' without ']'");
        }
        elements.add(element(expression, start, expression.length()));
        return elements;
    }

    private static String element(String expression, int from, int to) {
        if (from == to) {
            throw bad(expression, "has an empty name between commas");
        }
        return expression.substring(from, to);
    }

    /** Appends the names of one element, such as {@code r[1-2]n[01-03]}, first range outermost. */
    private static void expandElement(String element, List<String> out) {
        List<String> partial = List.of("");
        int i = 0;
        while (i < element.length()) {
            int open = element.indexOf('[', i);
            if (open < 0) {
                String tail = element.substring(i);
                if (i > 0) {
                    throw bad(element, "has text '" + tail + "' after its last range (a range must end the name)");
                }
                partial = append(partial, List.of(tail), element);
                break;
            }
            int close = element.indexOf(']', open);
            String literal = element.substring(i, open);
            partial = append(partial, List.of(literal), element);
            partial = append(partial, rangeValues(element, element.substring(open + 1, close)), element);
            i = close + 1;
        }
        if (out.size() + partial.size() > MAX_NAMES) {
            throw bad(element, "names more than " + MAX_NAMES + " nodes");
        }
        out.addAll(partial);
    }

    private static List<String> append(List<String> heads, List<String> tails, String element) {
        if ((long) heads.size() * tails.size() > MAX_NAMES) {
            throw bad(element, "names more than " + MAX_NAMES + " nodes");
        }
        List<String> joined = new ArrayList<>(heads.size() * tails.size());
        for (String h : heads) {
            for (String t : tails) {
                joined.add(h + t);
            }
        }
        return joined;
    }

    /** The numbers of {@code 1-4,7} or {@code 01-16}, as strings padded to each low bound's width. */
    private static List<String> rangeValues(String element, String inside) {
        List<String> values = new ArrayList<>();
        for (String part : inside.split(",", -1)) {
            int dash = part.indexOf('-');
            String low = dash < 0 ? part : part.substring(0, dash);
            String high = dash < 0 ? part : part.substring(dash + 1);
            if (!number(low) || !number(high)) {
                throw bad(element, "has '" + part + "' in brackets (numbers N or ranges N-M, such as [1-4,7] or [01-16])");
            }
            long from = Long.parseLong(low);
            long to = Long.parseLong(high);
            if (from > to) {
                throw bad(element, "has the backward range " + part + " (write low-high)");
            }
            if (to - from + values.size() >= MAX_NAMES) {
                throw bad(element, "names more than " + MAX_NAMES + " nodes");
            }
            for (long n = from; n <= to; n++) {
                values.add(pad(n, low.length()));
            }
        }
        return values;
    }

    private static boolean number(String s) {
        if (s.isEmpty() || s.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException bad(String expression, String problem) {
        return new IllegalArgumentException("bad hostlist '" + expression + "': " + problem);
    }
}
