package org.hpcsim.cli.oracle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the start time of each job from the jobs.csv of an hpcsim run, and its requeues from summary.json. */
public final class HpcsimStarts {
    private HpcsimStarts() {}

    /** Start seconds by job id, from {@code jobsCsv}. */
    public static Map<Long, Double> read(Path jobsCsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jobsCsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int id = column(header, "job_id", jobsCsv);
        int start = column(header, "start_s", jobsCsv);
        Map<Long, Double> starts = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            // The leading numeric columns hold no commas; only the label columns at the end may
            // be quoted, and they are never split here.
            String[] cells = line.split(",", Math.max(id, start) + 2);
            starts.put(Long.parseLong(cells[id]), Double.parseDouble(cells[start]));
        }
        return starts;
    }

    /** The runs preemption requeued, from {@code summary.json}'s {@code engine.preemption.requeued} (0 when absent). */
    public static int requeues(Path summaryJson) {
        try {
            return new ObjectMapper().readTree(summaryJson.toFile()).path("engine").path("preemption")
                    .path("requeued").asInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int column(List<String> header, String name, Path file) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(file + ": no column " + name + " in " + header);
        }
        return i;
    }
}
