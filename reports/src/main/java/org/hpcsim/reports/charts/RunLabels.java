package org.hpcsim.reports.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.data.RunOutput;

/** Distinct display names for runs, since chart categories must be unique and runs often share a scenario name. */
final class RunLabels {
    private RunLabels() {}

    /**
     * The scenario name where it is unique; "name (policy)" where the name repeats; and a " #2", " #3"
     * suffix where even that repeats. Same order as {@code runs}.
     */
    static List<String> of(List<RunOutput> runs) {
        Map<String, Integer> names = count(runs);
        List<String> first = new ArrayList<>(runs.size());
        for (RunOutput r : runs) {
            first.add(names.get(r.name()) == 1 ? r.name() : r.name() + " (" + r.policy() + ")");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(runs.size());
        for (String label : first) {
            int n = seen.merge(label, 1, Integer::sum);
            out.add(n == 1 ? label : label + " #" + n);
        }
        return out;
    }

    private static Map<String, Integer> count(List<RunOutput> runs) {
        Map<String, Integer> m = new HashMap<>();
        for (RunOutput r : runs) {
            m.merge(r.name(), 1, Integer::sum);
        }
        return m;
    }
}
