package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the log of Slurm's {@code jobcomp/filetxt} plugin: one line per finished job of
 * space-separated {@code Key=value} fields ({@code JobId=1 ... JobState=COMPLETED ...
 * StartTime=2026-11-30T13:52:58 EndTime=... NodeCnt=2 ... SubmitTime=...}).
 */
public final class JobCompFile {
    // Values may hold spaces (a job name, a working folder), so a field ends only where the next
    // "Key=" begins rather than at every space.
    private static final Pattern FIELD_START = Pattern.compile(" (?=[A-Za-z]+=)");

    private JobCompFile() {}

    /** Every record of the file, in file order; an absent file has none (no job has ended yet). */
    public static List<JobCompRecord> read(Path file) {
        List<JobCompRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            // The plugin writes a line at a time; a last line without its end is still being written.
            if (!line.isEmpty() && (i < lines.size() - 1 || line.contains(" SubmitTime="))) {
                records.add(parse(file + ":" + (i + 1), line));
            }
        }
        return records;
    }

    /** One line's record; {@code where} names the line in errors. */
    static JobCompRecord parse(String where, String line) {
        Map<String, String> fields = new HashMap<>();
        for (String field : FIELD_START.split(line)) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                fields.put(field.substring(0, eq), field.substring(eq + 1));
            }
        }
        try {
            return new JobCompRecord(Long.parseLong(need(fields, "JobId", where)), need(fields, "Name", where),
                    need(fields, "JobState", where), time(fields, "SubmitTime", where),
                    time(fields, "StartTime", where), time(fields, "EndTime", where),
                    Integer.parseInt(need(fields, "NodeCnt", where)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a number in: " + line, e);
        }
    }

    private static String need(Map<String, String> fields, String key, String where) {
        String v = fields.get(key);
        if (v == null) {
            throw new IllegalArgumentException(where + ": no " + key + "= field");
        }
        return v;
    }

    // A job cancelled before it started logs "Unknown" or "None" as its start; that is not a time.
    private static LocalDateTime time(Map<String, String> fields, String key, String where) {
        String v = need(fields, key, where);
        try {
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
