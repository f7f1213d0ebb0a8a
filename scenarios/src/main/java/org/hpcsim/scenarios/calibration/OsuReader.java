package org.hpcsim.scenarios.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hpcsim.models.calibration.CollectiveSeries;
import org.hpcsim.models.calibration.Point;
import org.hpcsim.models.calibration.Series;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.calibration.TextLines.Line;

/**
 * Reads the output of OSU Micro-Benchmarks' osu_latency, osu_bw and osu_allreduce (any version,
 * CUDA/ROCm builds included, with or without -f's extra columns), and hpcsim's own MPI benchmarks,
 * which print the same layout: a "# OSU MPI ... Test" title, comment lines, a "# Size" column
 * header, then one row per size whose second column is the value (latency in microseconds,
 * bandwidth in MB/s of 10^6 bytes). Lines before the title (launcher warnings) are ignored; after
 * the column header every line must be a row or a comment. osu_allreduce does not print its rank
 * count: hpcsim's writes "# Ranks: N", and for others the caller supplies it.
 */
public final class OsuReader {
    // "OSU MPI Latency Test v7.5", "OSU MPI-CUDA Bandwidth Test", "OSU MPI Allreduce Latency Test (...)"
    private static final Pattern TITLE = Pattern.compile("^#\\s*OSU MPI(?:-[A-Za-z ]+?)?\\s+(.+?)\\s+Test\\b.*");

    /** The OSU tests hpcsim fits. */
    public enum Kind {
        /** osu_latency: one-way latency of a ping-pong. */
        LATENCY("Latency", "(us)"),
        /** osu_bw: streaming bandwidth with a window of messages. */
        BANDWIDTH("Bandwidth", "(MB/s)"),
        /** osu_allreduce: average time of MPI_Allreduce. */
        ALLREDUCE("Allreduce Latency", "(us)");

        private final String title;
        private final String unit;

        Kind(String title, String unit) {
            this.title = title;
            this.unit = unit;
        }
    }

    private OsuReader() {}

    /** Whether {@code text} has an OSU title line. */
    public static boolean recognizes(String text) {
        for (Line l : TextLines.of(text)) {
            if (TITLE.matcher(l.text().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads {@code text} into {@code into}; {@code ranks} is the rank count of an allreduce output
     * that does not say it (null: unknown). Returns null when read, or why the file was skipped (an
     * OSU test hpcsim does not fit); malformed text is a one-line error naming the line.
     */
    public static String read(String text, String origin, Integer ranks, MeasurementsBuilder into) {
        Kind kind = null;
        Integer fileRanks = null;
        boolean inTable = false;
        String library = null;
        List<Point> points = new ArrayList<>();
        for (Line line : TextLines.of(text)) {
            String s = line.text().strip();
            if (kind == null) {
                Matcher m = TITLE.matcher(s);
                if (m.matches()) {
                    kind = kindOf(m.group(1));
                    if (kind == null) {
                        return "OSU " + m.group(1) + " test: hpcsim fits osu_latency, osu_bw and osu_allreduce";
                    }
                }
                continue;
            }
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("#")) {
                String v = TextLines.commentValue(line, "Ranks");
                if (v != null) {
                    fileRanks = (int) TextLines.bytes(origin, line, v);
                }
                String lib = TextLines.commentValue(line, "MPI library");
                if (lib != null) {
                    library = lib;
                }
                if (s.replace(" ", "").startsWith("#Size")) {
                    if (!s.contains(kind.unit)) {
                        throw TextLines.error(origin, line, "column header without the unit " + kind.unit
                                + " of an OSU " + kind.title + " test");
                    }
                    inTable = true;
                }
                continue;
            }
            if (!inTable) {
                throw TextLines.error(origin, line, "a row before the '# Size' column header");
            }
            String[] w = line.words();
            if (w.length < 2) {
                throw TextLines.error(origin, line, "expected a row 'SIZE VALUE ...', got '" + s + "'");
            }
            long size = TextLines.bytes(origin, line, w[0]);
            double value = TextLines.number(origin, line, w[1], kind.title + " " + kind.unit);
            for (String word : w) {
                if (word.equalsIgnoreCase("Fail")) {
                    throw TextLines.error(origin, line, "the benchmark's own validation failed at " + size + " bytes");
                }
            }
            if (!(value > 0)) {
                throw TextLines.error(origin, line, kind.title + " must be positive, got " + w[1]);
            }
            // OSU prints microseconds and MB/s of 10^6 bytes; the fits work in seconds and bytes/s.
            points.add(new Point(size, kind == Kind.BANDWIDTH ? value * 1e6 : value * 1e-6));
        }
        if (kind == null) {
            throw new ScenarioException(origin + ": no '# OSU MPI ... Test' title line");
        }
        if (points.isEmpty()) {
            throw new ScenarioException(origin + ": an OSU " + kind.title
                    + " test without any measurement row (did the run stop before the first size?)");
        }
        into.machine("mpi", library);
        Series series = new Series(origin, points);
        switch (kind) {
            case LATENCY -> into.latency(series);
            case BANDWIDTH -> into.bandwidth(series);
            case ALLREDUCE -> {
                Integer p = fileRanks != null ? fileRanks : ranks;
                if (p == null) {
                    throw new ScenarioException(origin + ": an osu_allreduce output does not say"
                            + " how many ranks ran it; add a line '# Ranks: N' above its table or give the rank count"
                            + " (hpcsim calibrate fit --allreduce-ranks N)");
                }
                if (p < 1) {
                    throw new ScenarioException(origin + ": '# Ranks:' must be at least 1, got " + p);
                }
                into.allreduce(new CollectiveSeries(p, series));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return null;
    }

    private static Kind kindOf(String title) {
        for (Kind k : Kind.values()) {
            if (k.title.equalsIgnoreCase(title.strip())) {
                return k;
            }
        }
        return null;
    }
}
