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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What slurmctld.log tells to the millisecond (LogTimeFormat=iso8601_ms, the default): when each
 * job's submission reached the controller ({@code _slurm_rpc_submit_batch_job: JobId=N}), when the
 * main scheduling loop allocated its nodes ({@code sched: Allocate JobId=N}, on the loop's
 * one-second tick) or the backfill thread started it ({@code sched/backfill: _start_job: Started
 * JobId=N}, on that thread's own phase), and when it ended ({@code _job_complete: JobId=N done}).
 * The job log keeps whole seconds only. Job ids restart at 1 on a fresh cluster and the log may hold an earlier one's
 * lines: each map keeps a job id's last line.
 *
 * @param submits     each job's submission, by Slurm job id
 * @param allocated      each job's allocation by either loop, by Slurm job id
 * @param done           each job's end, by Slurm job id
 * @param allocations    the main loop's allocations, in log order
 * @param backfillStarts the backfill thread's starts, in log order
 * @param starts         each start of the controller ({@code Running as primary controller}, just
 *                       before its background loop starts and sets the clock of its periodic
 *                       passes), in log order
 */
public record SlurmctldLog(Map<Long, LocalDateTime> submits, Map<Long, LocalDateTime> allocated,
                           Map<Long, LocalDateTime> done, List<LocalDateTime> allocations,
                           List<LocalDateTime> backfillStarts, List<LocalDateTime> starts) {
    private static final Pattern LINE = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})] "
            + "(?:(_slurm_rpc_submit_batch_job:)|(sched: Allocate)|(sched/backfill: _start_job: Started)|(_job_complete:))"
            + " JobId=(\\d+) (\\S*).*");
    private static final Pattern START = Pattern.compile(
            "^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})] Running as primary controller$");

    /** Reads {@code log}; a line without milliseconds is not read, so an empty result means none were logged. */
    public static SlurmctldLog read(Path log) {
        List<String> lines;
        try {
            lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Long, LocalDateTime> submits = new HashMap<>();
        Map<Long, LocalDateTime> allocated = new HashMap<>();
        Map<Long, LocalDateTime> done = new HashMap<>();
        List<LocalDateTime> allocations = new ArrayList<>();
        List<LocalDateTime> backfillStarts = new ArrayList<>();
        List<LocalDateTime> starts = new ArrayList<>();
        for (String line : lines) {
            Matcher started = START.matcher(line);
            if (started.matches()) {
                time(started.group(1)).ifPresent(starts::add);
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Optional<LocalDateTime> at = time(m.group(1));
            if (at.isEmpty()) {
                continue;
            }
            LocalDateTime t = at.get();
            long id = Long.parseLong(m.group(6));
            if (m.group(2) != null) {
                submits.put(id, t);
            } else if (m.group(3) != null) {
                allocated.put(id, t);
                allocations.add(t);
            } else if (m.group(4) != null) {
                allocated.put(id, t);
                backfillStarts.add(t);
            } else if (m.group(7).equals("done")) {
                done.put(id, t);
            }
        }
        return new SlurmctldLog(submits, allocated, done, allocations, backfillStarts, starts);
    }

    private static Optional<LocalDateTime> time(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
