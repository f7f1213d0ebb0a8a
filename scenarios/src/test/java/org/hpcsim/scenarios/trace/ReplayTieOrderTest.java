package org.hpcsim.scenarios.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.models.workload.ListJobSource;
import org.hpcsim.scenarios.jobscsv.JobsCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs submitted at the same instant: a run's jobs.csv lists them as they ended, so a replay puts
 * them in job-id order; a list of jobs in submit order (trace convert's CSV) keeps its order.
 */
class ReplayTieOrderTest {
    @TempDir
    Path dir;

    /** Jobs 3, 1, 2 submitted at 0 s, then 5, 4 at 10 s, as a run lists them by completion. */
    private static final String RUN_OUTPUT = "job_id,submit_s,start_s,end_s,wait_s,run_s,requested_s,processors,killed\n"
            + "3,0,0,5,0,5,5,1,0\n1,0,0,9,0,9,9,1,0\n2,0,9,19,9,10,10,1,0\n5,10,19,21,9,2,2,1,0\n4,10,19,25,9,6,6,1,0\n";

    private static List<Long> ids(JobSource s) {
        List<Long> ids = new ArrayList<>();
        for (Job j = s.next(); j != null; j = s.next()) {
            ids.add(j.id());
        }
        return ids;
    }

    private List<Long> replayOrder(String name, String csv) throws IOException {
        Path file = Files.writeString(dir.resolve(name), csv);
        try (JobsCsvReader reader = JobsCsvReader.open(file)) {
            return ids(Traces.inSubmitOrder(reader, TraceFormat.JOBS_CSV, new ReadReport()));
        }
    }

    @Test
    void shouldReplayTiesOfARunsJobsCsvInJobIdOrder() throws IOException {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), replayOrder("jobs.csv", RUN_OUTPUT));
    }

    @Test
    void shouldTellARunsJobsCsvFromAListOfJobsInSubmitOrder() throws IOException {
        try (JobsCsvReader run = JobsCsvReader.open(Files.writeString(dir.resolve("a.csv"), RUN_OUTPUT))) {
            assertTrue(run.submitTiesInIdOrder());
        }
        String converted = TraceCsvWriter.HEADER + "\n3,0,5,5,1,0,0,,,,,,,\n";
        try (JobsCsvReader list = JobsCsvReader.open(Files.writeString(dir.resolve("b.csv"), converted))) {
            assertFalse(list.submitTiesInIdOrder());
        }
    }

    @Test
    void shouldKeepTheReadingOrderOfTiesInAListOfJobs() throws IOException {
        // trace convert writes jobs in the order they are replayed (sacct array tasks 1011, 1012, 1010
        // submitted together, for one); reading them back keeps that order.
        String converted = TraceCsvWriter.HEADER + "\n"
                + "1011,0,5,5,1,0,0,,,,,,,\n1012,0,5,5,1,0,0,,,,,,,\n1010,0,5,5,1,0,0,,,,,,,\n7,3,5,5,1,0,0,,,,,,,\n";
        assertEquals(List.of(1011L, 1012L, 1010L, 7L), replayOrder("list.csv", converted));
    }

    @Test
    void shouldOrderTiesByIdOnlyWhenAsked() {
        List<Job> jobs = List.of(Job.rigid(3, 0, 1, 1, 1), Job.rigid(1, 0, 1, 1, 1), Job.rigid(2, 0, 1, 1, 1));
        assertEquals(List.of(3L, 1L, 2L), ids(new ReorderingJobSource(
                new ListJobSource(jobs), 10, new ReadReport())));
        assertEquals(List.of(1L, 2L, 3L), ids(new ReorderingJobSource(
                new ListJobSource(jobs), 10, new ReadReport(), true)));
    }
}
