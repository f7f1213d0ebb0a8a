package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of a TRES weight list, PriorityWeightTRES or a partition's TRESBillingWeights, such as
 * {@code GRES/gpu=3000} or {@code Mem=0.25G}; slurmctld reads both with the same parser
 * (slurm_protocol_api.c, {@code slurm_get_tres_weight_array}). Negative weights are allowed. A unit
 * letter (K, M, G, T, P) divides the weight by 1024 for each step it lies above the TRES's own
 * unit: MB for Mem and BB, none for the others, so {@code Mem=0.25G} weighs a quarter per GB.
 *
 * @param tres   the TRES as written, such as {@code CPU}, {@code Mem}, {@code GRES/gpu:a100}
 * @param weight its weight per unit of the TRES (per MB for Mem), the unit letter applied
 */
public record TresWeight(String tres, double weight) {
    private static final Pattern ITEM = Pattern.compile(
            "([A-Za-z]+(?:/[^=]+)?)=(-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)([A-Za-z]?)");
    private static final String UNITS = "KMGTP";

    /** The TRES type, lower case: {@code gres} for {@code GRES/gpu:a100}. */
    public String type() {
        int slash = tres.indexOf('/');
        return (slash < 0 ? tres : tres.substring(0, slash)).toLowerCase(Locale.ROOT);
    }

    /** The TRES name after the slash ({@code gpu:a100} for {@code GRES/gpu:a100}), or "" for none. */
    public String name() {
        int slash = tres.indexOf('/');
        return slash < 0 ? "" : tres.substring(slash + 1);
    }

    /**
     * Reads {@code CPU=1000,Mem=2000,GRES/gpu=3000}; an empty text is an empty list.
     *
     * @throws IllegalArgumentException naming the bad item or unit
     */
    public static List<TresWeight> parseList(String text) {
        List<TresWeight> list = new ArrayList<>();
        if (text.isEmpty()) {
            return list;
        }
        for (String item : text.split(",", -1)) {
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                throw new IllegalArgumentException("has the bad item '" + item + "'");
            }
            TresWeight w = new TresWeight(m.group(1), Double.parseDouble(m.group(2)));
            list.add(new TresWeight(w.tres, w.weight / w.unitDivisor(m.group(3), item)));
        }
        return List.copyOf(list);
    }

    /** 1024 to the power of the steps {@code unit} lies above this TRES's base unit; 1 for none or below it. */
    private double unitDivisor(String unit, String item) {
        if (unit.isEmpty()) {
            return 1;
        }
        int step = UNITS.indexOf(Character.toUpperCase(unit.charAt(0))) + 1;
        if (step == 0) {
            throw new IllegalArgumentException("has the bad unit '" + unit + "' in '" + item + "' (allowed: K, M, G, T, P)");
        }
        // slurmdb_get_tres_base_unit: MB for mem and bb, no unit for the rest.
        int base = type().equals("mem") || type().equals("bb") ? 2 : 0;
        return Math.pow(1024, Math.max(0, step - base));
    }
}
