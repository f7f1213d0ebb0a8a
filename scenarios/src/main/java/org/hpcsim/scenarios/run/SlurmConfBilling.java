package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hpcsim.models.slurm.BillingWeights;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.slurmconf.Partition;

/**
 * A partition's TRESBillingWeights, such as {@code CPU=1.0,Mem=0.25G,GRES/gpu=2.0}, as slurmctld
 * reads it (slurm_protocol_api.c, {@code slurm_get_tres_weight_array}): items split at commas, each
 * {@code TYPE[/NAME]=NUMBER[UNIT]}, TRES names without regard to case. A unit letter (K, M, G, T, P)
 * divides the weight by 1024 for each step it lies above the TRES's own unit: MB for Mem and BB,
 * none for the others, so {@code Mem=0.25G} bills a quarter per GB. A bad item is one error
 * line, as it stops slurmctld ("failed to parse tres weights str"); a weight on a TRES the model
 * does not hold is noted, as it bills 0 here.
 */
final class SlurmConfBilling {
    private static final Pattern ITEM = Pattern.compile(
            "([A-Za-z]+)(?:/([^=]+))?=(-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)([A-Za-z]?)");
    private static final String UNITS = "KMGTP";
    /** TRES types slurmdbd knows (slurm.conf(5), AccountingStorageTRES) that the model holds none of. */
    private static final List<String> UNHELD_TYPES = List.of("bb", "energy", "fs", "ic", "license", "pages", "vmem");

    private SlurmConfBilling() {}

    /**
     * {@code p}'s billing weights combined as {@code combine} says; {@link BillingWeights#CPUS}
     * when it sets none. Weights the model bills as 0 are added to {@code notes}.
     */
    static BillingWeights of(Partition p, BillingWeights.Combine combine, List<String> notes) {
        if (p.tresBillingWeights().isEmpty() || p.tresBillingWeights().get().isBlank()) {
            return BillingWeights.CPUS;
        }
        String text = p.tresBillingWeights().get();
        double cpu = 0;
        double mem = 0;
        double node = 0;
        double gpu = 0;
        TreeMap<String, Double> gpuTypes = new TreeMap<>();
        List<String> unheld = new ArrayList<>();
        for (String item : text.split(",")) {
            Matcher m = ITEM.matcher(item.trim());
            if (!m.matches()) {
                throw bad(p, "has the bad item '" + item + "'");
            }
            String type = m.group(1).toLowerCase(Locale.ROOT);
            String name = m.group(2);
            double weight = Double.parseDouble(m.group(3)) / unitDivisor(type, m.group(4), p, item);
            if (name == null && type.equals("cpu")) {
                cpu = weight;
            } else if (name == null && type.equals("mem")) {
                mem = weight;
            } else if (name == null && type.equals("node")) {
                node = weight;
            } else if (name == null && type.equals("billing")) {
                continue; // assoc_mgr_tres_weighted skips the billing TRES itself
            } else if (type.equals("gres") && name != null && name.equalsIgnoreCase("gpu")) {
                gpu = weight;
            } else if (type.equals("gres") && name != null && name.toLowerCase(Locale.ROOT).startsWith("gpu:")) {
                gpuTypes.put(name.substring("gpu:".length()), weight);
            } else if (type.equals("gres") && name != null || UNHELD_TYPES.contains(type)) {
                unheld.add(item.trim());
            } else {
                throw bad(p, "names '" + m.group(1) + (name == null ? "" : "/" + name) + "', which is not a TRES"
                        + " (allowed: CPU, Mem, Node, Billing, GRES/<name>, GRES/gpu:<type>, License/<name>, BB/<name>,"
                        + " Energy, FS/Disk, FS/Lustre, IC/OFED, Pages, VMem)");
            }
        }
        if (!unheld.isEmpty()) {
            notes.add(p.at() + ": partition " + p.name() + ": TRESBillingWeights " + String.join(", ", unheld)
                    + " bill" + (unheld.size() == 1 ? "s" : "") + " nothing here: the model holds no such TRES");
        }
        return new BillingWeights(combine, cpu, mem, node, gpu, gpuTypes);
    }

    /** 1024 to the power of the steps {@code unit} lies above the TRES's base unit; 1 for none or below it. */
    private static double unitDivisor(String type, String unit, Partition p, String item) {
        if (unit.isEmpty()) {
            return 1;
        }
        int step = UNITS.indexOf(Character.toUpperCase(unit.charAt(0))) + 1;
        if (step == 0) {
            throw bad(p, "has the bad unit '" + unit + "' in '" + item + "' (allowed: K, M, G, T, P)");
        }
        // slurmdb_get_tres_base_unit: MB for mem and bb, no unit for the rest.
        int base = type.equals("mem") || type.equals("bb") ? 2 : 0;
        return Math.pow(1024, Math.max(0, step - base));
    }

    private static ScenarioException bad(Partition p, String what) {
        return new ScenarioException(p.at() + ": partition " + p.name() + ": TRESBillingWeights " + what);
    }
}
