package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a replay's slurmctld.log around one moment of the replay that name a job, to show
 * with a missed bar what the real controller did just before a job started late or early: the
 * ends, allocations, submissions and preemptions there, to the millisecond.
 */
public final class LogExcerpt {
    private static final Pattern STAMP = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{3})?)] .*");
    /** At most this many lines: a window of a dozen seconds holds a few dozen at info. */
    private static final int MAX_LINES = 60;

    private LogExcerpt() {}

    /**
     * The lines of {@code slurmctldLog} that name a job ({@code JobId=}) from {@code before} seconds before {@code at} to {@code after}
     * seconds after it, where {@code at} counts from the top of the hour of {@code first}'s
     * submission (as {@link ReplayedJob}'s times do); each line indented by two spaces. Empty when
     * the log lacks {@code first}'s submission.
     */
    public static String around(Path slurmctldLog, ReplayedJob first, double at, double before, double after) {
        SlurmctldLog log = SlurmctldLog.read(slurmctldLog);
        LocalDateTime submitted = log.submits().get(first.slurmId());
        if (submitted == null) {
            return "";
        }
        LocalDateTime origin = submitted.truncatedTo(ChronoUnit.HOURS);
        LocalDateTime from = origin.plus(Math.round((at - before) * 1000), ChronoUnit.MILLIS);
        LocalDateTime to = origin.plus(Math.round((at + after) * 1000), ChronoUnit.MILLIS);
        StringBuilder sb = new StringBuilder();
        int kept = 0;
        for (String line : lines(slurmctldLog)) {
            Matcher m = STAMP.matcher(line);
            if (!m.matches() || !line.contains("JobId=")) {
                continue;
            }
            LocalDateTime t = SlurmctldLog.time(m.group(1)).orElse(null);
            if (t != null && !t.isBefore(from) && !t.isAfter(to) && kept++ < MAX_LINES) {
                sb.append("  ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String> lines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
