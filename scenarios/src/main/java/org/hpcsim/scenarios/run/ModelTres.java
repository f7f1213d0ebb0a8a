package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hpcsim.scenarios.slurmconf.TresWeight;

/**
 * Which TRES the model holds, by the names slurmctld gives them: {@code cpu}, {@code mem},
 * {@code node}, {@code billing}, {@code gres/gpu} and {@code gres/gpu:TYPE}. slurmdbd tracks more
 * (slurm.conf(5), AccountingStorageTRES); a weight on one of those is valid but weighs nothing here.
 */
final class ModelTres {
    /** TRES types slurmdbd knows that the model holds none of. */
    private static final List<String> UNHELD_TYPES = List.of("bb", "energy", "fs", "ic", "license", "pages", "vmem");
    /** What an error names as allowed. */
    static final String ALLOWED = "CPU, Mem, Node, Billing, GRES/<name>, GRES/gpu:<type>, License/<name>, BB/<name>,"
            + " Energy, FS/Disk, FS/Lustre, IC/OFED, Pages, VMem";

    private ModelTres() {}

    /**
     * The model's name for {@code w}'s TRES; "" for a TRES the model holds none of.
     *
     * @throws IllegalArgumentException when it names no TRES
     */
    static String keyOf(TresWeight w) {
        String type = w.type();
        String name = w.name();
        if (name.isEmpty() && List.of("cpu", "mem", "node", "billing").contains(type)) {
            return type;
        }
        if (type.equals("gres") && name.equalsIgnoreCase("gpu")) {
            return "gres/gpu";
        }
        if (type.equals("gres") && name.toLowerCase(Locale.ROOT).startsWith("gpu:")) {
            return "gres/gpu:" + name.substring("gpu:".length());
        }
        if (type.equals("gres") && !name.isEmpty() || UNHELD_TYPES.contains(type)) {
            return "";
        }
        throw new IllegalArgumentException("names '" + w.tres() + "', which is not a TRES (allowed: " + ALLOWED + ")");
    }

    /**
     * The weights of {@code list} by the model's TRES names, and the TRES written that the model
     * holds none of (their weights count nothing here).
     *
     * @param weights by model name, sorted
     * @param unheld  the TRES as written, in list order
     */
    record Split(SortedMap<String, Double> weights, List<String> unheld) {}

    /**
     * {@code list} split into what the model weighs and what it holds none of.
     *
     * @throws IllegalArgumentException when an item names no TRES
     */
    static Split split(List<TresWeight> list) {
        SortedMap<String, Double> weights = new TreeMap<>();
        List<String> unheld = new ArrayList<>();
        for (TresWeight w : list) {
            String key = keyOf(w);
            if (key.isEmpty()) {
                unheld.add(w.tres());
            } else {
                weights.put(key, w.weight());
            }
        }
        return new Split(weights, unheld);
    }
}
