package org.hpcsim.scenarios.sacct;

import static org.hpcsim.core.SimTime.seconds;
import static org.hpcsim.scenarios.sacct.SacctTestFiles.SHORT;
import static org.hpcsim.scenarios.sacct.SacctTestFiles.readAll;
import static org.hpcsim.scenarios.sacct.SacctTestFiles.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobStatus;
import org.hpcsim.scenarios.trace.ReadReport;
import org.junit.jupiter.api.Test;

/** Records that are no finished job are dropped with their reason; odd ones are kept and counted. */
class SacctDropTest {
    private static final String SUBMIT = "2024-03-01T08:00:00";
    private static final String START = "2024-03-01T08:01:00";
    private static final String END = "2024-03-01T08:11:00";

    /** The report after reading {@code text} to the end. */
    private static ReadReport reportOf(String text) {
        try (SacctReader r = reader(text)) {
            readAll(r);
            return r.report();
        }
    }

    private static String line(String id, String submit, String start, String end, String state, String cpus) {
        return String.join("|", id, submit, start, end, "00:20:00", state, cpus) + "\n";
    }

    @Test
    void shouldDropJobsThatNeverStarted() {
        ReadReport r = reportOf(SHORT
                + line("1", SUBMIT, "Unknown", "Unknown", "PENDING", "4")
                + line("2", SUBMIT, "None", END, "CANCELLED by 1234", "0")
                + line("3", SUBMIT, START, END, "PENDING", "4")
                + line("4", SUBMIT, "Unknown", END, "REVOKED", "4"));
        assertEquals(4, r.dropped("never started"));
        assertEquals(0, r.accepted());
    }

    @Test
    void shouldDropAJobCancelledWhilePendingThatHasAStartButNoAllocation() {
        String text = "JobID|Submit|Start|End|Timelimit|State|NCPUS|AllocTRES\n"
                + "5|" + SUBMIT + "|" + END + "|" + END + "|00:20:00|CANCELLED by 1234|0|\n"
                + "6|" + SUBMIT + "|" + START + "|" + END + "|00:20:00|COMPLETED|4|cpu=4,node=1\n";
        try (SacctReader r = reader(text)) {
            assertEquals(List.of(6L), readAll(r).stream().map(Job::id).toList());
            assertEquals(1, r.report().dropped("never started"));
        }
    }

    @Test
    void shouldDropJobsStillRunning() {
        ReadReport r = reportOf(SHORT
                + line("1", SUBMIT, START, "Unknown", "RUNNING", "4")
                + line("2", SUBMIT, START, "Unknown", "SUSPENDED", "4")
                + line("3", SUBMIT, START, "Unknown", "COMPLETED", "4")
                + line("4", SUBMIT, START, END, "COMPLETING", "4"));
        assertEquals(4, r.dropped("still running"));
    }

    @Test
    void shouldDropARequeuedAttemptAndKeepTheAttemptThatFinished() {
        String text = SHORT
                + line("7", SUBMIT, START, "2024-03-01T08:05:00", "REQUEUED", "4")
                + line("7", "2024-03-01T08:05:00", "2024-03-01T08:06:00", END, "COMPLETED", "4")
                + line("8", SUBMIT, START, END, "REQUEUE_HOLD", "4");
        try (SacctReader r = reader(text)) {
            List<Job> jobs = readAll(r);
            assertEquals(1, jobs.size());
            assertEquals(seconds(300), jobs.get(0).runTime());
            assertEquals(2, r.report().dropped("requeued attempt"));
        }
    }

    @Test
    void shouldDropAJobThatEndsBeforeItStarts() {
        assertEquals(1, reportOf(SHORT + line("1", SUBMIT, END, START, "COMPLETED", "4")).dropped("end before start"));
    }

    @Test
    void shouldDropAJobWithoutSubmitTime() {
        assertEquals(1, reportOf(SHORT + line("1", "Unknown", START, END, "COMPLETED", "4")).dropped("no submit time"));
    }

    @Test
    void shouldUseReqCpusWhenTheExportSaysNothingOfAllocationAndDropWhenItIsZero() {
        String text = "JobID|Submit|Start|End|Timelimit|ReqCPUS\n"
                + "1|" + SUBMIT + "|" + START + "|" + END + "|00:20:00|12\n"
                + "2|" + SUBMIT + "|" + START + "|" + END + "|00:20:00|0\n";
        try (SacctReader r = reader(text)) {
            List<Job> jobs = readAll(r);
            assertEquals(12, jobs.get(0).processors());
            assertEquals(12, jobs.get(0).history().requestedProcessors());
            assertEquals(1, jobs.size());
            assertEquals(1, r.report().dropped("no processor count"));
        }
    }

    @Test
    void shouldTakeTheRunTimeFromElapsedWhenTheExportHasNoEnd() {
        String text = "JobID|Submit|Start|Elapsed|Timelimit|NCPUS\n"
                + "1|" + SUBMIT + "|" + START + "|1-00:00:01|2-00:00:00|4\n"
                + "2|" + SUBMIT + "|" + START + "|INVALID|2-00:00:00|4\n";
        try (SacctReader r = reader(text)) {
            List<Job> jobs = readAll(r);
            assertEquals(1, jobs.size());
            assertEquals(seconds(86_401), jobs.get(0).runTime());
            assertEquals(seconds(2 * 86_400), jobs.get(0).requestedTime());
            assertEquals(1, r.report().dropped("no run time"));
        }
    }

    @Test
    void shouldKeepAJobThatStartsBeforeItsSubmitTimeWithWaitUnknown() {
        try (SacctReader r = reader(SHORT + line("1", START, SUBMIT, END, "COMPLETED", "4"))) {
            Job j = readAll(r).get(0);
            assertEquals(-1, j.history().waitTime());
            assertEquals(Map.of("start before submit, wait unknown", 1L), r.report().adjustments());
        }
    }

    @Test
    void shouldKeepAJobInAnUnknownStateWithStatusUnknownAndCountIt() {
        try (SacctReader r = reader(SHORT + line("1", SUBMIT, START, END, "WEIRD_STATE", "4"))) {
            assertEquals(JobStatus.UNKNOWN, readAll(r).get(0).history().status());
            assertEquals(Map.of("state not recognised, status unknown", 1L), r.report().adjustments());
        }
    }

    @Test
    void shouldKeepTheResizedPartOfAJobAsPartial() {
        List<Job> jobs = readAll(SHORT + line("1", SUBMIT, START, END, "RESIZING", "4"));
        assertEquals(JobStatus.PARTIAL, jobs.get(0).history().status());
    }

    @Test
    void shouldTakeEveryJobAsFinishedWithStatusUnknownWithoutAStateColumn() {
        String text = "JobID|Submit|Start|End|Timelimit|NCPUS\n"
                + "1|" + SUBMIT + "|" + START + "|" + END + "|00:20:00|4\n";
        try (SacctReader r = reader(text)) {
            assertEquals(JobStatus.UNKNOWN, readAll(r).get(0).history().status());
            assertEquals(Map.of(), r.report().adjustments());
        }
    }

    @Test
    void shouldUseTheRunTimeWhenTheTimeLimitIsUnknown() {
        String text = SHORT
                + "1|" + SUBMIT + "|" + START + "|" + END + "|UNLIMITED|COMPLETED|4\n"
                + "2|" + SUBMIT + "|" + START + "|" + END + "|Partition_Limit|COMPLETED|4\n"
                + "3|" + SUBMIT + "|" + START + "|" + END + "||COMPLETED|4\n"
                + "4|" + SUBMIT + "|" + START + "|" + END + "|INVALID|COMPLETED|4\n"
                + "5|" + SUBMIT + "|" + START + "|" + END + "|45:00|COMPLETED|4\n";
        try (SacctReader r = reader(text)) {
            assertEquals(List.of(seconds(600), seconds(600), seconds(600), seconds(600), seconds(2700)),
                    readAll(r).stream().map(Job::requestedTime).toList());
            assertEquals(Map.of("time limit unknown, used run time", 4L), r.report().adjustments());
        }
    }
}
