package org.hpcsim.scenarios.calibration;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.calibration.TextLines.Line;

/**
 * The NUMA nodes and distance matrix printed by {@code numactl -H} ("numactl --hardware"): lines
 * "node N cpus: ...", then "node distances:", a header "node 0 1 ..." and one row "N: d d ..."
 * per node.
 *
 * @param nodes     the node numbers with CPUs, ascending as printed
 * @param distances the distance matrix, rows and columns in the header's order
 */
public record NumaHardware(List<Integer> nodes, List<List<Integer>> distances) {
    /** Copies the lists. */
    public NumaHardware {
        nodes = List.copyOf(nodes);
        distances = distances.stream().map(List::copyOf).toList();
    }

    /** Whether {@code text} looks like numactl -H output. */
    public static boolean recognizes(String text) {
        return text.contains("node distances:") && text.strip().startsWith("available:");
    }

    /** Parses {@code text}; a malformed distance table is a one-line error naming the line. */
    public static NumaHardware parse(String text, String origin) {
        List<Integer> nodes = new ArrayList<>();
        List<List<Integer>> distances = new ArrayList<>();
        int header = -1;
        for (Line line : TextLines.of(text)) {
            String[] w = line.words();
            if (header < 0) {
                if (w.length >= 3 && w[0].equals("node") && w[2].equals("cpus:") && w.length > 3) {
                    nodes.add(number(origin, line, w[1]));
                } else if (line.text().strip().equals("node distances:")) {
                    header = 0;
                }
                continue;
            }
            if (w.length == 0) {
                break;
            }
            if (header == 0) {
                if (!w[0].equals("node")) {
                    throw TextLines.error(origin, line, "expected the header 'node 0 1 ...' of the distance table");
                }
                header = w.length - 1;
                continue;
            }
            if (w.length != header + 1 || !w[0].endsWith(":")) {
                throw TextLines.error(origin, line, "expected 'NODE: " + header + " distances', got '"
                        + line.text().strip() + "'");
            }
            List<Integer> row = new ArrayList<>();
            for (int i = 1; i < w.length; i++) {
                row.add(number(origin, line, w[i]));
            }
            distances.add(row);
        }
        if (header < 0) {
            throw new ScenarioException(origin + ": no 'node distances:' table (is it numactl -H output?)");
        }
        return new NumaHardware(nodes, distances);
    }

    private static int number(String origin, Line line, String word) {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw TextLines.error(origin, line, "expected a whole number, got '" + word + "'");
        }
    }
}
