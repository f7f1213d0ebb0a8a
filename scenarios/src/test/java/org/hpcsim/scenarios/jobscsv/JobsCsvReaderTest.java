package org.hpcsim.scenarios.jobscsv;

import static org.hpcsim.core.SimTime.seconds;
import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.HEADER;
import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.readAll;
import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jobs.csv as hpcsim writes it comes back as the jobs that were simulated, to the nanosecond. */
class JobsCsvReaderTest {
    /** Rows as JobsCsvWriter writes them, in completion order, typed by hand. */
    static final String WRITTEN = HEADER + "\n"
            + "2,5,5,65.5,0,60.5,120,4,0,0,1,32,0,alice,physics,phys-proj,batch,normal,standard,lattice_qcd\n"
            + "1,0,0,100,0,100,100,8,2,0,2,64,1,bob,chem,,gpu,,high,\"relax, then \"\"anneal\"\"\"\n"
            + "3,10.000000001,100,3700,90,3600,3600,16,2,4,2,64,1,\"Zoë\",\"ingénierie\",\"équipe ñ\",gpu,gpu,,"
            + "\"模拟,第二步\"\n"
            + "4,1710144000.25,1710144005.25,1710144005.25,5,0,0,1,0,0,1,1,0,carol,,,,,,\"line one\nline two\"\n"
            + "5,20,20,30,0,10,15,2,0,0,1,2,0,dave,bio,,,,,plain\n";

    @TempDir
    Path dir;

    private static JobHistory history(long wait, JobStatus status) {
        return new JobHistory(wait, status, -1, -1, -1, -1);
    }

    @Test
    void shouldReadBackEveryRowAsTheExactJobThatWasSimulated() throws IOException {
        List<Job> jobs = readAll(write(dir, "jobs.csv", WRITTEN));

        assertEquals(List.of(
                new Job(2, seconds(5), 60_500_000_000L, seconds(120), 4, 0, 0,
                        new JobLabels("alice", "physics", "phys-proj", "batch", "normal", "standard", "lattice_qcd"),
                        history(0, JobStatus.COMPLETED), -1, -1),
                new Job(1, 0, seconds(100), seconds(100), 8, 2, 0,
                        new JobLabels("bob", "chem", "", "gpu", "", "high", "relax, then \"anneal\""),
                        history(0, JobStatus.TIMEOUT), -1, -1),
                new Job(3, 10_000_000_001L, seconds(3600), seconds(3600), 16, 2, 4,
                        new JobLabels("Zoë", "ingénierie", "équipe ñ", "gpu", "gpu", "", "模拟,第二步"),
                        history(seconds(90), JobStatus.TIMEOUT), -1, -1),
                new Job(4, 1_710_144_000_250_000_000L, 0, 0, 1, 0, 0,
                        new JobLabels("carol", "", "", "", "", "", "line one\nline two"),
                        history(seconds(5), JobStatus.COMPLETED), -1, -1),
                new Job(5, seconds(20), seconds(10), seconds(15), 2, 0, 0,
                        new JobLabels("dave", "bio", "", "", "", "", "plain"),
                        history(0, JobStatus.COMPLETED), -1, -1)),
                jobs);
    }

    @Test
    void shouldCountEveryRowAsAcceptedWithNoAdjustmentWhenRequestedTimesArePresent() throws IOException {
        JobsCsvReader reader = JobsCsvReader.open(write(dir, "jobs.csv", WRITTEN));
        readAll(reader);
        assertEquals(5, reader.report().accepted());
        assertEquals(0, reader.report().dropped());
        assertEquals(Map.of(), reader.report().adjustments());
    }

    @Test
    void shouldFindColumnsByNameInAnyOrderAndIgnoreUnknownOnes() throws IOException {
        String csv = "name,processors,extra,run_s,job_id,submit_s,requested_s,gpus,nodes\n"
                + "\"a,b\",4,x,30.25,17,2,60,1,1\n";
        assertEquals(List.of(new Job(17, seconds(2), 30_250_000_000L, seconds(60), 4, 1, 1,
                new JobLabels("", "", "", "", "", "", "a,b"), history(-1, JobStatus.UNKNOWN), -1, -1)),
                readAll(write(dir, "jobs.csv", csv)));
    }

    @Test
    void shouldUseTheRunTimeWhenRequestedTimeIsMissingAndCountTheAdjustment() throws IOException {
        JobsCsvReader reader = JobsCsvReader.open(write(dir, "jobs.csv",
                "job_id,submit_s,run_s,processors,requested_s\n1,0,50,2,\n2,1,60,2,70\n"));
        List<Job> jobs = readAll(reader);
        assertEquals(seconds(50), jobs.get(0).requestedTime());
        assertEquals(seconds(70), jobs.get(1).requestedTime());
        assertEquals(Map.of(JobsCsvRowMapper.REQUESTED_MISSING, 1L), reader.report().adjustments());
    }

    @Test
    void shouldTakeTheWaitFromStartWhenThereIsNoWaitColumn() throws IOException {
        Job j = readAll(write(dir, "jobs.csv", "job_id,submit_s,start_s,run_s,processors\n1,10,12.5,5,1\n")).get(0);
        assertEquals(2_500_000_000L, j.history().waitTime());
    }

    @Test
    void shouldReadCrlfLinesByteOrderMarkAndBlankLines() throws IOException {
        String csv = "\uFEFFjob_id,submit_s,run_s,processors\r\n1,0,5,1\r\n\r\n2,1,6,1\r\n";
        assertEquals(List.of(1L, 2L), readAll(write(dir, "jobs.csv", csv)).stream().map(Job::id).toList());
    }

    @Test
    void shouldReadGzipFilesByTheirMagicBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(WRITTEN.getBytes(StandardCharsets.UTF_8));
        }
        Path gz = Files.write(dir.resolve("jobs.csv.gz"), bytes.toByteArray());
        assertEquals(readAll(write(dir, "jobs.csv", WRITTEN)), readAll(gz));
    }

    @Test
    void shouldShareLabelsAmongRowsWithTheSameLabels() throws IOException {
        String csv = "job_id,submit_s,run_s,processors,user\n1,0,5,1,ann\n2,0,5,1,ann\n";
        List<Job> jobs = readAll(write(dir, "jobs.csv", csv));
        assertSame(jobs.get(0).labels(), jobs.get(1).labels());
    }

    @Test
    void shouldReturnNullAfterClose() throws IOException {
        JobsCsvReader reader = JobsCsvReader.open(write(dir, "jobs.csv", WRITTEN));
        reader.close();
        assertNull(reader.next());
        reader.close();
    }
}
