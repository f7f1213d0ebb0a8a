package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
 * A preemption ({@code preempted JobId=N has been requeued (or killed) to reclaim resources}) is
 * the backfill thread's too, unless it follows within {@value #MAIN_LOOP_MILLIS} ms an allocation,
 * a requeue's end ({@code Requeuing JobId=N}) or a job's end: the main loop that a preemption's
 * victims bring at once (their epilog-complete messages) preempts for the next job right after
 * allocating, and one that an end brings at once may preempt (a real run: 19 ms after an end).
 * The job log keeps whole seconds only. Job ids restart at 1 on a fresh cluster and the log may hold an earlier one's
 * lines: each map keeps a job id's last line.
 *
 * @param submits     each job's submission, by Slurm job id
 * @param allocated      each job's allocation by either loop, by Slurm job id
 * @param done           each job's end, by Slurm job id
 * @param allocations    the main loop's allocations, in log order
 * @param backfillActions the backfill thread's starts and preemptions, in log order
 * @param backfillPasses  each backfill pass's start ({@code sched/backfill: _attempt_backfill:
 *                        beginning}, logged at info under {@code DebugFlags=Backfill}), in log order
 * @param starts         each start of the controller ({@code Running as primary controller}, just
 *                       before its background loop starts and sets the clock of its periodic
 *                       passes), in log order
 */
public record SlurmctldLog(Map<Long, LocalDateTime> submits, Map<Long, LocalDateTime> allocated,
                           Map<Long, LocalDateTime> done, List<LocalDateTime> allocations,
                           List<LocalDateTime> backfillActions, List<LocalDateTime> backfillPasses,
                           List<LocalDateTime> starts) {
    private static final Pattern LINE = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})] "
            + "(?:(_slurm_rpc_submit_batch_job:)|(sched: Allocate)|(sched/backfill: _start_job: Started)|(_job_complete:))"
            + " JobId=(\\d+) (\\S*).*");
    private static final Pattern PREEMPTED = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})] "
            + "preempted JobId=\\d+ has been (?:requeued|killed) to reclaim resources for JobId=\\d+$");
    private static final Pattern REQUEUED = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})] "
            + "Requeuing JobId=\\d+$");
    /** A preemption this soon after an allocation or a requeue's end is the main loop's. */
    static final long MAIN_LOOP_MILLIS = 50;
    private static final Pattern BACKFILL_PASS = Pattern.compile(
            "^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})] sched/backfill: _attempt_backfill: beginning$");
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
        List<LocalDateTime> backfillActions = new ArrayList<>();
        List<LocalDateTime> starts = new ArrayList<>();
        List<LocalDateTime> backfillPasses = new ArrayList<>();
        LocalDateTime mainLoopSeen = null;
        for (String line : lines) {
            Matcher pass = BACKFILL_PASS.matcher(line);
            if (pass.matches()) {
                time(pass.group(1)).ifPresent(backfillPasses::add);
                continue;
            }
            Matcher requeued = REQUEUED.matcher(line);
            if (requeued.matches()) {
                mainLoopSeen = time(requeued.group(1)).orElse(mainLoopSeen);
                continue;
            }
            Matcher preempted = PREEMPTED.matcher(line);
            if (preempted.matches()) {
                Optional<LocalDateTime> at = time(preempted.group(1));
                if (at.isPresent() && (mainLoopSeen == null
                        || at.get().isAfter(mainLoopSeen.plus(MAIN_LOOP_MILLIS, ChronoUnit.MILLIS)))) {
                    backfillActions.add(at.get());
                }
                continue;
            }
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
                mainLoopSeen = t;
            } else if (m.group(4) != null) {
                allocated.put(id, t);
                backfillActions.add(t);
            } else if (m.group(7).equals("done")) {
                done.put(id, t);
                mainLoopSeen = t; // an end's epilog-complete may bring the main loop at once
            }
        }
        return new SlurmctldLog(submits, allocated, done, allocations, backfillActions, backfillPasses, starts);
    }

    /** A log line's time stamp, or empty when it is not one. */
    static Optional<LocalDateTime> time(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
