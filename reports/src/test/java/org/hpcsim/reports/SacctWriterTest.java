package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sacct.txt: the header, rows in job-id order however jobs end, and nothing visible or left before commit. */
class SacctWriterTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** Job {@code id}, submitted at {@code id} s, ending at {@code end} s after a 1 s run. */
    private static JobOutcome ended(long id, long end) {
        Job job = Job.rigid(id, SimTime.seconds(id), SimTime.SECOND, SimTime.HOUR, 1);
        return new JobOutcome(job, SimTime.seconds(end - 1), SimTime.seconds(end), 1, 1, false, "batch");
    }

    private static long idOf(String row) {
        return Long.parseLong(row.substring(0, row.indexOf('|')));
    }

    @Test
    void shouldListJobsInIdOrderAcrossSpilledRuns() throws IOException {
        List<Long> endOrder = new ArrayList<>();
        // Runs of 3 rows spill to disk: 11 jobs make four runs to merge.
        try (SacctWriter w = new SacctWriter(dir, 0, 3)) {
            for (long id : new long[] {9, 2, 11, 5, 1, 7, 3, 10, 4, 8, 6}) {
                endOrder.add(id);
                w.jobFinished(ended(id, 100 + endOrder.size()));
            }
            assertEquals(List.of(), names().stream().filter(n -> !n.startsWith(".")).toList(), "nothing visible yet");
            w.commit();
        }
        List<String> lines = Files.readAllLines(dir.resolve("sacct.txt"));
        assertEquals("JobID|Partition|Submit|Start|End|Elapsed|NNodes|NCPUS|AllocTRES|State|Reason", lines.get(0));
        List<Long> ids = lines.subList(1, lines.size()).stream().map(SacctWriterTest::idOf).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), ids);
        for (String line : lines) {
            assertEquals(10, line.chars().filter(c -> c == '|').count(), line);
            assertFalse(line.endsWith("|"), "--parsable2 ends no line with '|': " + line);
        }
        assertEquals(List.of("sacct.txt"), names(), "spilled runs deleted");
    }

    @Test
    void shouldKeepARepeatedIdInSubmitOrder() throws IOException {
        Job later = Job.rigid(4, SimTime.seconds(50), SimTime.SECOND, SimTime.HOUR, 1);
        Job earlier = Job.rigid(4, SimTime.seconds(10), SimTime.SECOND, SimTime.HOUR, 1);
        try (SacctWriter w = new SacctWriter(dir, 0, 1)) {
            w.jobFinished(new JobOutcome(later, SimTime.seconds(50), SimTime.seconds(51), 1, 1, false, "a"));
            w.jobFinished(new JobOutcome(earlier, SimTime.seconds(60), SimTime.seconds(61), 1, 1, false, "b"));
            w.commit();
        }
        List<String> lines = Files.readAllLines(dir.resolve("sacct.txt"));
        assertEquals(List.of("4|b", "4|a"), lines.subList(1, 3).stream().map(l -> l.substring(0, 3)).toList());
    }

    @Test
    void shouldLeaveNothingBehindWhenNotCommitted() throws IOException {
        // Past one hand-over batch (4,096 rows), so the writer thread may have spilled runs of 1,000.
        try (SacctWriter w = new SacctWriter(dir, 0, 1000)) {
            for (long id = 10_000; id > 0; id--) {
                w.jobFinished(ended(id, 20_000 - id));
            }
        }
        assertEquals(List.of(), names());
    }
}
