package org.hpcsim.scenarios.pbs;

import static org.hpcsim.core.SimTime.seconds;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.readAll;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobStatus;
import org.hpcsim.scenarios.trace.TraceMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realistic Torque and PBS Pro logs come back as exact jobs, one per started E record. */
class PbsAccountingReaderTest {

    @Test
    void shouldReadTorqueEndRecordsWithNodesPpnAndExecHostIntoExactJobs() throws IOException {
        List<Job> jobs = readAll(resource("torque/20240311"));

        assertEquals(List.of(
                new Job(4103, seconds(1710145200), seconds(900), seconds(900), 4, 2, 0,
                        new JobLabels("dave", "bio", "", "", "short", "", "blast_run"),
                        new JobHistory(seconds(60), JobStatus.CANCELLED, seconds(600), 25600, -1, -1), -1, -1),
                new Job(4101, seconds(1710144000), seconds(5400), seconds(7200), 8, 2, 0,
                        new JobLabels("alice", "physics", "phys-proj", "", "batch", "", "lattice_qcd"),
                        new JobHistory(seconds(5), JobStatus.COMPLETED, seconds(4800), 524288, 8, -1), -1, -1),
                new Job(4104, seconds(1710145800), seconds(3602), seconds(3600), 2, 1, 0,
                        new JobLabels("erin", "physics", "phys-proj", "", "batch", "", "md.sh"),
                        new JobHistory(seconds(300), JobStatus.TIMEOUT, seconds(3590), 1024000, 2, -1), -1, -1)),
                jobs);
    }

    @Test
    void shouldCountOnlyEndRecordsAndDropTheJobDeletedBeforeItStarted() throws IOException {
        try (PbsAccountingReader reader = PbsAccountingReader.open(resource("torque/20240311"))) {
            readAll(reader);
            assertEquals(4, reader.report().seen());
            assertEquals(3, reader.report().accepted());
            assertEquals(1, reader.report().dropped(PbsJobMapper.NEVER_STARTED));
            assertEquals(Map.of("walltime limit missing, used run time", 1L), reader.report().adjustments());
            assertEquals("dropped 1 of 4 jobs: 1 never started; adjusted: 1 walltime limit missing, used run time",
                    reader.report().summary());
        }
    }

    @Test
    void shouldReadPbsProSelectNgpusAndArraySubjobsIntoExactJobs() throws IOException {
        List<Job> jobs = readAll(resource("pbspro/20240312"));

        assertEquals(List.of(
                new Job(3_000_000_007_002L, seconds(1710238000), seconds(601), seconds(600), 16, 3, 2,
                        new JobLabels("frank", "eng", "eng sim", "", "workq", "", "sweep"),
                        new JobHistory(seconds(100), JobStatus.TIMEOUT, seconds(599), 524288, 16, -1), -1, -1),
                new Job(7004, seconds(1710240100), seconds(60), seconds(3600), 1, 1, 0,
                        new JobLabels("gina", "chem", "", "", "workq", "", "relax"),
                        new JobHistory(seconds(1100), JobStatus.FAILED, seconds(59), 524288, 1, -1), -1, -1),
                new Job(7001, seconds(1710237600), seconds(12000), seconds(43200), 16, 2, 4,
                        new JobLabels("carol", "ml", "ml-lab", "", "gpu", "", "train_resnet"),
                        new JobHistory(seconds(10), JobStatus.COMPLETED, seconds(11700), 6291456, 16, 8388608),
                        -1, -1)),
                jobs);
    }

    @Test
    void shouldSkipLicenseAbortAndRerunRecordsAndDropTheArraySummary() throws IOException {
        try (PbsAccountingReader reader = PbsAccountingReader.open(resource("pbspro/20240312"))) {
            readAll(reader);
            assertEquals(4, reader.report().seen());
            assertEquals(1, reader.report().dropped(PbsJobMapper.ARRAY_PARENT));
            assertEquals(Map.of(), reader.report().adjustments());
        }
    }

    @Test
    void shouldShareLabelsAmongJobsWithTheSameLabels(@TempDir Path dir) throws IOException {
        String log = PbsTestFiles.endRecord("1.s", "") + "\n" + PbsTestFiles.endRecord("2.s", "") + "\n";
        List<Job> jobs = readAll(PbsTestFiles.write(dir, "log", log));
        assertSame(jobs.get(0).labels(), jobs.get(1).labels());
    }

    @Test
    void shouldSayNothingAboutTheMachine() throws IOException {
        try (PbsAccountingReader reader = PbsAccountingReader.open(resource("torque/20240311"))) {
            assertEquals(TraceMachine.UNKNOWN, reader.machine());
        }
    }

    @Test
    void shouldReturnNullAfterClose() throws IOException {
        PbsAccountingReader reader = PbsAccountingReader.open(resource("torque/20240311"));
        reader.close();
        assertNull(reader.next());
        reader.close();
    }
}
