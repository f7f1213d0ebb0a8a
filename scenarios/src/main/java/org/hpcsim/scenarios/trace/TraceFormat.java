package org.hpcsim.scenarios.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The trace formats hpcsim reads, and how to tell them apart from a file's first lines. */
public enum TraceFormat {
    /** Standard Workload Format of the Parallel Workloads Archive. */
    SWF("swf"),
    /** A Slurm {@code sacct --parsable2} export. */
    SACCT("sacct"),
    /** A PBS/Torque accounting log, or a folder of them. */
    PBS("pbs"),
    /** hpcsim's own per-job output. */
    JOBS_CSV("jobs-csv");

    private final String word;

    TraceFormat(String word) {
        this.word = word;
    }

    /** The format's name as scenarios and flags spell it. */
    public String word() {
        return word;
    }

    /** The format spelled {@code word}. */
    public static TraceFormat parse(String word) {
        for (TraceFormat f : values()) {
            if (f.word.equals(word)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown trace format '" + word + "' (allowed: swf, sacct, pbs, jobs-csv)");
    }

    /**
     * Detects the format of {@code path}: a folder is a PBS log folder; otherwise the first line
     * that is not blank decides (a ';' comment or 18 numbers: SWF; '|'-separated names with JobID:
     * sacct; a date, ';', a record type: PBS; a header starting job_id: jobs.csv).
     */
    public static TraceFormat detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return PBS;
        }
        String first = firstLine(path);
        if (first == null) {
            throw new IOException("the file is empty");
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (first.startsWith(";") || first.matches("\\s*-?\\d+(\\.\\d+)?(\\s+-?\\d+(\\.\\d+)?){17}\\s*")) {
            return SWF;
        }
        if (first.contains("|") && lower.contains("jobid")) {
            return SACCT;
        }
        if (first.matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2};[A-Z];.*")) {
            return PBS;
        }
        if (lower.startsWith("job_id,")) {
            return JOBS_CSV;
        }
        throw new IOException("cannot tell the trace format from its first line; name it with format: "
                + "(swf, sacct, pbs, jobs-csv)");
    }

    private static String firstLine(Path path) throws IOException {
        try (BufferedReader r = TraceFiles.openText(path)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.startsWith("\uFEFF")) {
                    t = t.substring(1);
                }
                if (!t.isEmpty()) {
                    return t;
                }
            }
            return null;
        }
    }
}
