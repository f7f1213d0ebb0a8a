package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One generic resource of a node, as in {@code Gres=gpu:a100:4,mps:100}.
 *
 * <p>Syntax from slurm.conf(5), 22.05, Gres: {@code <name>[:<type>][:no_consume]:<number>[K|M|G|T|P]},
 * the suffixes multiplying by powers of 1024. A name with no count ({@code gpu}, {@code gpu:k80})
 * counts 1, as slurmctld reads it, although the man page asks for a count. A socket binding
 * after the count, {@code gpu:4(S:0-1)}, is dropped as slurmctld drops it.
 *
 * @param name       the resource, such as {@code gpu}, {@code mps}, {@code shard}
 * @param type       the model, such as {@code a100}; empty when untyped
 * @param count      how many, suffix applied
 * @param noConsume  whether jobs share it without using it up ({@code no_consume})
 */
public record Gres(String name, Optional<String> type, long count, boolean noConsume) {
    /** What the parse errors say is allowed. */
    static final String SYNTAX = "name[:type][:no_consume]:count[K|M|G|T|P], comma-separated, such as gpu:a100:4,mps:100";

    /** Reads a comma-separated Gres list; an empty text is an empty list. */
    public static List<Gres> parseList(String text) {
        List<Gres> list = new ArrayList<>();
        if (text.isEmpty() || text.equalsIgnoreCase("(null)")) {
            return list;
        }
        Map<String, Boolean> typedByName = new HashMap<>();
        for (String item : text.split(",", -1)) {
            Gres g = parseOne(item);
            Boolean typed = typedByName.put(g.name(), g.type().isPresent());
            if (typed != null && typed != g.type().isPresent()) {
                throw new IllegalArgumentException("has both typed and untyped " + g.name()
                        + " (slurm.conf(5) forbids mixing them for one name)");
            }
            list.add(g);
        }
        return List.copyOf(list);
    }

    private static Gres parseOne(String written) {
        // gres.c: "Ignore socket binding info", the (S:0-1) that scontrol show node prints.
        int paren = written.indexOf('(');
        String item = paren < 0 ? written : written.substring(0, paren);
        String[] fields = item.split(":", -1);
        String name = fields[0];
        if (!name.matches("[A-Za-z0-9_/.-]+")) {
            throw new IllegalArgumentException("has the bad GRES '" + item + "'");
        }
        int last = fields.length - 1;
        long count = 1;
        if (last > 0 && fields[last].matches("[0-9]{1,18}[KkMmGgTtPp]?")) {
            count = count(fields[last], item);
            last--;
        }
        String type = null;
        boolean noConsume = false;
        for (int i = 1; i <= last; i++) {
            String f = fields[i];
            if (f.equalsIgnoreCase("no_consume")) {
                noConsume = true;
            } else if (type == null && f.matches("[A-Za-z0-9_.+-]+")) {
                type = f;
            } else {
                throw new IllegalArgumentException("has the bad GRES '" + item + "'");
            }
        }
        return new Gres(name, Optional.ofNullable(type), count, noConsume);
    }

    private static long count(String text, String item) {
        char unit = Character.toUpperCase(text.charAt(text.length() - 1));
        int shift = "KMGTP".indexOf(unit) + 1;
        String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
        long n = Long.parseLong(digits);
        if (shift > 0 && Long.numberOfLeadingZeros(n) <= 10 * shift) {
            throw new IllegalArgumentException("has a GRES count too large in '" + item + "'");
        }
        return n << (10 * shift);
    }

    @Override
    public String toString() {
        return name + type.map(t -> ":" + t).orElse("") + (noConsume ? ":no_consume" : "") + ":" + count;
    }
}
