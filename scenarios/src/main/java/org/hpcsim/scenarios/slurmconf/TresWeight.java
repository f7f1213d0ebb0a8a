package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of PriorityWeightTRES, such as {@code GRES/gpu=3000}; slurm.conf(5), 22.05, allows
 * negative weights.
 *
 * @param tres   the TRES type as written, such as {@code CPU}, {@code Mem}, {@code GRES/gpu}
 * @param weight its weight
 */
public record TresWeight(String tres, double weight) {

    /**
     * Reads {@code CPU=1000,Mem=2000,GRES/gpu=3000}; an empty text is an empty list.
     *
     * @throws IllegalArgumentException naming the bad item
     */
    public static List<TresWeight> parseList(String text) {
        List<TresWeight> list = new ArrayList<>();
        if (text.isEmpty()) {
            return list;
        }
        for (String item : text.split(",", -1)) {
            int eq = item.indexOf('=');
            String number = eq < 0 ? "" : item.substring(eq + 1);
            if (eq <= 0 || !number.matches("-?([0-9]{1,15}(\\.[0-9]*)?|\\.[0-9]+)")) {
                throw new IllegalArgumentException("has the bad item '" + item + "'");
            }
            list.add(new TresWeight(item.substring(0, eq), Double.parseDouble(number)));
        }
        return List.copyOf(list);
    }
}
