package org.hpcsim.scenarios.sacct;

import static org.hpcsim.core.SimTime.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.JobStatus;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.hpcsim.scenarios.trace.ReadReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample export, a realistic mix of jobs, read field by field. */
class SacctSampleTest {
    private static final long MAR1_0800 = 1_709_280_000L; // 2024-03-01T08:00:00Z

    private static List<Job> jobs;
    private static ReadReport report;

    @BeforeAll
    static void readSample() throws IOException {
        try (SacctReader reader = SacctReader.open(SacctTestFiles.sample(), SacctTestFiles.UTC)) {
            jobs = SacctTestFiles.readAll(reader);
            report = reader.report();
        }
    }

    private static Job job(long id) {
        return jobs.stream().filter(j -> j.id() == id).findFirst().orElseThrow();
    }

    private static SubmitOptions memoryPerNode(long mb) {
        return new SubmitOptions(new ResourceOptions("", "", 0, 0, mb), JobLinks.NONE);
    }

    @Test
    void shouldYieldOneJobPerFinishedJobInFileOrder() {
        assertEquals(List.of(1001L, 1002L, 1011L, 1012L, 1010L, 1020L, 1030L, 1070L, 1080L),
                jobs.stream().map(Job::id).toList());
    }

    @Test
    void shouldReadEveryFieldOfAPlainJob() {
        Job expected = new Job(1001, seconds(MAR1_0800), seconds(3600), seconds(7200), 16, 1, 0,
                new JobLabels("alice", "hpc", "proj1", "compute", "", "normal", "train model v2"),
                new JobHistory(seconds(300), JobStatus.COMPLETED, seconds(2400), -1, 16, 32L * 1024 * 1024 / 16),
                -1, -1, memoryPerNode(32 * 1024));
        assertEquals(expected, job(1001));
    }

    @Test
    void shouldReadADayLongRunAnUnlimitedLimitAndMemoryPerNode() {
        Job j = job(1002);
        assertEquals(seconds(MAR1_0800 + 3510), j.submitTime());
        assertEquals(seconds(93_784), j.runTime()); // 1-02:03:04
        assertEquals(j.runTime(), j.requestedTime()); // UNLIMITED
        assertEquals(64, j.processors());
        assertEquals(2, j.nodes());
        assertEquals(JobStatus.FAILED, j.history().status());
        assertEquals(seconds(90), j.history().waitTime());
        assertEquals(seconds(3_456_000 / 64), j.history().averageCpuTime()); // TotalCPU 40-00:00:00
        assertEquals(4000L * 1024 * 2 / 64, j.history().requestedMemoryKb()); // 4000Mn on 2 nodes
    }

    @Test
    void shouldGiveEachArrayTaskItsJobIdRawAndReadMemoryPerCpu() {
        Job first = job(1011);
        assertEquals(seconds(MAR1_0800 + 7200), first.submitTime());
        assertEquals(seconds(600), first.runTime());
        assertEquals(seconds(900), first.requestedTime());
        assertEquals(2L * 1024 * 1024, first.history().requestedMemoryKb()); // 2Gc
        assertEquals(seconds(720), job(1012).runTime());
        assertSame(first.labels(), job(1012).labels());
    }

    @Test
    void shouldKeepATimedOutJobThatRanPastItsLimit() {
        Job j = job(1010);
        assertEquals(JobStatus.TIMEOUT, j.history().status());
        assertEquals(seconds(901), j.runTime());
        assertEquals(seconds(900), j.requestedTime());
    }

    @Test
    void shouldFoldHeterogeneousComponentsIntoOneJob() {
        Job expected = new Job(1020, seconds(MAR1_0800 + 3 * 3600), seconds(3600), seconds(4 * 3600), 36, 3, 4,
                new JobLabels("dave", "phys", "proj4", "compute", "", "normal", "coupled"),
                new JobHistory(seconds(1800), JobStatus.COMPLETED, seconds(32 * 3600 / 36), -1, 36,
                        (80L * 1024 * 1024 + 18) / 36),
                -1, -1, memoryPerNode(27_307)); // 80G over 3 nodes, rounded up to a MB
        assertEquals(expected, job(1020));
    }

    @Test
    void shouldCountGpusOnceWhenTypedEntriesRepeatTheTotal() {
        Job j = job(1030);
        assertEquals(2, j.gpus());
        assertEquals("llm finetune", j.labels().name());
        assertEquals("high", j.labels().qos());
        assertEquals(seconds(7200), j.requestedTime()); // Partition_Limit: the run time
    }

    @Test
    void shouldKeepAJobCancelledWhileRunning() {
        Job j = job(1070);
        assertEquals(JobStatus.CANCELLED, j.history().status());
        assertEquals(seconds(1200), j.runTime());
        assertEquals(0, j.history().waitTime());
        assertEquals(15_586_250_000L, j.history().averageCpuTime()); // 01:02.345 over 4 CPUs
    }

    @Test
    void shouldTakeOutOfMemoryAsFailedAndPlainReqMemAsTheWholeJobs() {
        Job j = job(1080);
        assertEquals(JobStatus.FAILED, j.history().status());
        assertEquals(4000L * 1024 / 8, j.history().requestedMemoryKb());
        assertEquals("bigmem", j.labels().partition());
    }

    @Test
    void shouldReportDropsAndAdjustments() {
        assertEquals(9, report.accepted());
        assertEquals(13, report.seen());
        assertEquals(2, report.dropped(SacctReasons.NEVER_STARTED)); // cancelled while pending, pending
        assertEquals(1, report.dropped(SacctReasons.STILL_RUNNING));
        assertEquals(1, report.dropped(SacctReasons.STEP_WITHOUT_JOB));
        assertEquals(List.of("never started", "still running", "requeued attempt", "no processor count",
                "no submit time", "no run time", "end before start", "step without its job"),
                List.copyOf(report.droppedByReason().keySet()));
        assertEquals(Map.of("steps folded", 13L, "time limit unknown, used run time", 2L,
                "heterogeneous components folded", 1L), report.adjustments());
    }
}
