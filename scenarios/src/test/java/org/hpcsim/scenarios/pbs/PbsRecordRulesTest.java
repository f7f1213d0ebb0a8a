package org.hpcsim.scenarios.pbs;

import static org.hpcsim.core.SimTime.seconds;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.endRecord;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.readAll;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobStatus;
import org.hpcsim.scenarios.trace.ReadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How single E records become jobs or drops: fallbacks, drop reasons and exit statuses. */
class PbsRecordRulesTest {
    @TempDir
    Path dir;

    /** The one job of a log holding {@code record}, or fails. */
    private Job only(String record) throws IOException {
        List<Job> jobs = readAll(write(dir, "log", record + "\n"));
        assertEquals(1, jobs.size(), "jobs of " + record);
        return jobs.get(0);
    }

    /** The report after reading a log of these lines. */
    private ReadReport reportOf(String... lines) throws IOException {
        PbsAccountingReader reader = PbsAccountingReader.open(write(dir, "log", String.join("\n", lines) + "\n"));
        readAll(reader);
        return reader.report();
    }

    private JobStatus statusOf(String extra) throws IOException {
        String record = endRecord("1.s", "").replace(" Exit_status=0", "");
        return only(extra.isEmpty() ? record : record + " " + extra).history().status();
    }

    @Test
    void shouldTakeSubmitFromQtimeElseCtime() throws IOException {
        String record = endRecord("1.s", "").replace("ctime=1000", "ctime=990");
        assertEquals(seconds(1000), only(record).submitTime());
        assertEquals(seconds(990), only(record.replace(" qtime=1000", "")).submitTime());
    }

    @Test
    void shouldTakeRunTimeFromUsedWalltimeElseEndMinusStart() throws IOException {
        assertEquals(seconds(100), only(endRecord("1.s", "")).runTime());
        assertEquals(seconds(90), only(endRecord("1.s", "resources_used.walltime=00:01:30")).runTime());
    }

    @Test
    void shouldUseRunTimeAsRequestedTimeWhenTheWalltimeLimitIsMissingAndCountIt() throws IOException {
        String record = endRecord("1.s", "").replace(" Resource_List.walltime=00:05:00", "");
        assertEquals(seconds(100), only(record).requestedTime());
        assertEquals(1L, reportOf(record).adjustments().get(PbsJobMapper.WALLTIME_MISSING));
    }

    @Test
    void shouldDropRecordsWithoutStartOrWithStartZero() throws IOException {
        ReadReport r = reportOf(endRecord("1.s", "").replace(" start=1100", ""), endRecord("2.s", "start=0"));
        assertEquals(2, r.dropped(PbsJobMapper.NEVER_STARTED));
        assertEquals(0, r.accepted());
    }

    @Test
    void shouldDropRecordsWithoutAnyProcessorCount() throws IOException {
        ReadReport r = reportOf(endRecord("1.s", "").replace(" Resource_List.ncpus=4", ""));
        assertEquals(1, r.dropped(PbsJobMapper.NO_PROCESSOR_COUNT));
    }

    @Test
    void shouldDropRecordsThatEndBeforeTheyStart() throws IOException {
        ReadReport r = reportOf(endRecord("1.s", "end=1099"));
        assertEquals(1, r.dropped(PbsJobMapper.END_BEFORE_START));
    }

    @Test
    void shouldDropRecordsWithoutSubmitOrEndTime() throws IOException {
        ReadReport r = reportOf(endRecord("1.s", "").replace(" ctime=1000 qtime=1000", ""),
                endRecord("2.s", "").replace(" end=1200", ""));
        assertEquals(1, r.dropped(PbsJobMapper.NO_SUBMIT_TIME));
        assertEquals(1, r.dropped(PbsJobMapper.NO_END_TIME));
    }

    @Test
    void shouldListEveryDropReasonInTheReportEvenWhenZero() throws IOException {
        assertEquals(PbsJobMapper.REASONS, List.copyOf(reportOf(endRecord("1.s", "")).droppedByReason()
                .keySet()));
    }

    @Test
    void shouldPreferNcpusThenSelectThenNodesThenExecHostForProcessors() throws IOException {
        String none = endRecord("1.s", "").replace(" Resource_List.ncpus=4", "");
        assertEquals(4, only(endRecord("1.s", "Resource_List.select=3:ncpus=2 Resource_List.nodes=5")).processors());
        assertEquals(6, only(none + " Resource_List.select=3:ncpus=2 Resource_List.nodes=5").processors());
        assertEquals(5, only(none + " Resource_List.nodes=5").processors());
        assertEquals(3, only(none + " exec_host=a/0*2+b/3").processors());
    }

    @Test
    void shouldPreferNodectThenSelectThenNodesThenExecHostHostsForNodes() throws IOException {
        assertEquals(7, only(endRecord("1.s", "Resource_List.nodect=7 Resource_List.select=3:ncpus=2")).nodes());
        assertEquals(3, only(endRecord("1.s", "Resource_List.select=3:ncpus=2 Resource_List.nodes=5")).nodes());
        assertEquals(5, only(endRecord("1.s", "Resource_List.nodes=5 exec_host=a/0")).nodes());
        assertEquals(2, only(endRecord("1.s", "exec_host=a/0+a/1+b/0")).nodes());
        assertEquals(0, only(endRecord("1.s", "")).nodes());
    }

    @Test
    void shouldTakeGpusFromNgpusElseSelectElseTorqueNodesGpus() throws IOException {
        assertEquals(3, only(endRecord("1.s", "Resource_List.ngpus=3 Resource_List.select=2:ngpus=4")).gpus());
        assertEquals(8, only(endRecord("1.s", "Resource_List.select=2:ngpus=4")).gpus());
        assertEquals(4, only(endRecord("1.s", "Resource_List.nodes=2:ppn=2:gpus=2")).gpus());
    }

    @Test
    void shouldKeepRequestedMemoryAndProcessorsPerProcessorInTheHistory() throws IOException {
        Job j = only(endRecord("1.s", "Resource_List.mem=8gb resources_used.mem=1000kb resources_used.cput=00:06:40"));
        assertEquals(2097152, j.history().requestedMemoryKb());
        assertEquals(250, j.history().usedMemoryKb());
        assertEquals(seconds(100), j.history().averageCpuTime());
        assertEquals(4, j.history().requestedProcessors());
        assertEquals(seconds(100), j.history().waitTime());
    }

    @Test
    void shouldMapExitStatusesAsDocumented() throws IOException {
        assertEquals(JobStatus.UNKNOWN, statusOf(""));
        assertEquals(JobStatus.COMPLETED, statusOf("Exit_status=0"));
        assertEquals(JobStatus.FAILED, statusOf("Exit_status=1"));
        assertEquals(JobStatus.FAILED, statusOf("Exit_status=137"));
        assertEquals(JobStatus.FAILED, statusOf("Exit_status=-1"));
        assertEquals(JobStatus.FAILED, statusOf("Exit_status=-27"));
        assertEquals(JobStatus.TIMEOUT, statusOf("Exit_status=-29"));
        assertEquals(JobStatus.FAILED, statusOf("Exit_status=-11"));
        assertEquals(JobStatus.TIMEOUT, statusOf("Exit_status=-11 resources_used.walltime=00:05:00"));
        assertEquals(JobStatus.CANCELLED, statusOf("Exit_status=271"));
        assertEquals(JobStatus.CANCELLED, statusOf("Exit_status=265"));
        assertEquals(JobStatus.TIMEOUT, statusOf("Exit_status=271 resources_used.walltime=00:05:01"));
        assertEquals(JobStatus.FAILED, statusOf("Exit_status=267"));
    }

    @Test
    void shouldNumberArraySubjobsAboveTwelveDigitsOfTheArrayNumber() throws IOException {
        assertEquals(1234, only(endRecord("1234.srv.example.org", "")).id());
        assertEquals(1234, only(endRecord("1234", "")).id());
        assertEquals(5_000_000_001_234L, only(endRecord("1234[5].srv", "")).id());
        assertEquals(1234, only(endRecord("1234[0].srv", "")).id());
    }

    @Test
    void shouldReadQuotedValuesWithBlanksAndValuesHoldingEquals() throws IOException {
        Job j = only(endRecord("1.s", "account=\"big project\" jobname=\"a b\"").replace(" Resource_List.ncpus=4",
                " Resource_List.nodes=2:ppn=3"));
        assertEquals("big project", j.labels().account());
        assertEquals("a b", j.labels().name());
        assertEquals(6, j.processors());
    }

    @Test
    void shouldKeepEpochNanosecondsWithoutLoss() throws IOException {
        Job j = only(endRecord("1.s", "").replace("qtime=1000", "qtime=1710144000").replace("start=1100",
                "start=1710144005").replace("end=1200", "end=1710149405"));
        assertEquals(1_710_144_000_000_000_000L, j.submitTime());
        assertEquals(5_400_000_000_000L, j.runTime());
        assertTrue(j.history().waitTime() == 5_000_000_000L);
    }
}
