package org.hpcsim.scenarios.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.hpcsim.models.calibration.CollectiveSeries;
import org.hpcsim.models.calibration.Point;
import org.hpcsim.models.calibration.Series;
import org.hpcsim.scenarios.calibration.TextLines.Line;

/**
 * Reads Intel MPI Benchmarks (IMB-MPI1) output: sections that start "# Benchmarking NAME" and
 * "# #processes = N", a column header "#bytes #repetitions ...", then one row per size until a
 * blank or comment line. PingPong's {@code t[usec]} (half the round trip) is the one-way latency;
 * Allreduce's {@code t_avg[usec]} is its time per call, at that section's process count. Other
 * benchmarks are named in the skip note.
 */
public final class ImbReader {
    private ImbReader() {}

    /** Whether {@code text} has an IMB section header. */
    public static boolean recognizes(String text) {
        for (Line l : TextLines.of(text)) {
            if (benchmarkName(l) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the PingPong and Allreduce sections of {@code text} into {@code into}; returns null when
     * it found one, else why the file was skipped, naming the benchmarks it has instead.
     */
    public static String read(String text, String origin, MeasurementsBuilder into) {
        List<Line> lines = TextLines.of(text);
        TreeSet<String> ignored = new TreeSet<>();
        int used = 0;
        String name = null;
        int processes = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String found = benchmarkName(line);
            if (found != null) {
                name = found;
                processes = -1;
                continue;
            }
            String s = line.text().strip();
            if (name != null && s.startsWith("#") && s.replace(" ", "").startsWith("##processes=")) {
                String v = s.substring(s.indexOf('=') + 1).strip().split("\\s+")[0];
                processes = (int) TextLines.bytes(origin, line, v);
                continue;
            }
            if (name == null || !s.startsWith("#bytes")) {
                continue;
            }
            String column = switch (name.toLowerCase(Locale.ROOT)) {
                case "pingpong" -> "t[usec]";
                case "allreduce" -> "t_avg[usec]";
                default -> null;
            };
            if (column == null) {
                ignored.add(name);
                name = null;
                continue;
            }
            int index = List.of(line.words()).indexOf(column);
            if (index < 0) {
                throw TextLines.error(origin, line, "IMB " + name + " column header without " + column);
            }
            List<Point> points = new ArrayList<>();
            for (i = i + 1; i < lines.size(); i++) {
                Line row = lines.get(i);
                String r = row.text().strip();
                if (r.isEmpty() || r.startsWith("#")) {
                    break;
                }
                String[] w = row.words();
                if (w.length <= index) {
                    throw TextLines.error(origin, row, "expected " + (index + 1) + " columns or more up to " + column
                            + ", got '" + r + "'");
                }
                long size = TextLines.bytes(origin, row, w[0]);
                double micros = TextLines.number(origin, row, w[index], column);
                // IMB's zero-byte Allreduce reduces nothing and times only the call: it is not a message.
                if (micros > 0 && !(name.equalsIgnoreCase("allreduce") && size == 0)) {
                    points.add(new Point(size, micros * 1e-6));
                }
            }
            i--;
            if (!points.isEmpty()) {
                Series series = new Series(origin + " (" + name + ")", points);
                if (name.equalsIgnoreCase("pingpong")) {
                    into.latency(series);
                } else {
                    if (processes < 1) {
                        throw TextLines.error(origin, line, "an IMB Allreduce table without its '# #processes = N'");
                    }
                    into.allreduce(new CollectiveSeries(processes, series));
                }
                used++;
            }
            name = null;
        }
        if (used == 0) {
            return "IMB output without a PingPong or Allreduce table"
                    + (ignored.isEmpty() ? "" : " (has " + String.join(", ", ignored) + ")");
        }
        return null;
    }

    private static String benchmarkName(Line line) {
        String s = line.text().strip();
        if (!s.startsWith("#")) {
            return null;
        }
        s = s.substring(1).strip();
        if (!s.startsWith("Benchmarking ")) {
            return null;
        }
        String[] w = s.split("\\s+");
        return w.length == 2 ? w[1] : null;
    }
}
