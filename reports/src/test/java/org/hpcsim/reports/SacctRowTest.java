package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.hpcsim.scenarios.trace.AsciiLine;
import org.junit.jupiter.api.Test;

/** One sacct row: fields, times on the wall clock, Elapsed, AllocTRES and State as sacct prints them. */
class SacctRowTest {
    /** 2024-03-01T08:00:00 UTC. */
    private static final long MARCH_1 = 1_709_280_000L;

    private static String row(long unixStart, JobOutcome o) {
        return new SacctRow(unixStart).append(o, new AsciiLine()).toString();
    }

    private static Job job(long id, long submit, int processors, int gpus) {
        return new Job(id, submit, SimTime.HOUR, SimTime.HOUR, processors, 0, gpus, JobLabels.NONE,
                JobHistory.UNKNOWN, -1, -1);
    }

    @Test
    void shouldWriteElapsedOverADayWithItsDayCount() {
        JobOutcome o = new JobOutcome(job(42, 0, 4, 0), SimTime.HOUR, SimTime.HOUR + SimTime.seconds(90_061), 4, 1,
                false, "batch");
        assertEquals("42|batch|2024-03-01T08:00:00|2024-03-01T09:00:00|2024-03-02T10:01:01|1-01:01:01|1|4|"
                + "billing=4,cpu=4,node=1|COMPLETED|None\n", row(MARCH_1, o));
    }

    @Test
    void shouldShowAnArrayTaskAsArrayIdUnderscoreIndex() {
        Job j = job(ArrayTaskIds.of(123, 4), 0, 1, 0);
        Job task = new Job(j.id(), 0, SimTime.HOUR, SimTime.HOUR, 1, 0, 0, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1,
                new SubmitOptions(ResourceOptions.NONE, JobLinks.NONE.asTask(123, 4, 0)));
        JobOutcome o = new JobOutcome(task, 0, SimTime.seconds(59), 1, 1, false, "batch");
        assertEquals("123_4|batch|1970-01-01T00:00:00|1970-01-01T00:00:00|1970-01-01T00:00:59|00:00:59|1|1|"
                + "billing=1,cpu=1,node=1|COMPLETED|None\n", row(0, o));
    }

    @Test
    void shouldListGpusInAllocTresInNameOrder() {
        JobOutcome o = new JobOutcome(job(7, 0, 16, 8), 0, SimTime.seconds(59), 64, 2, false, "gpu");
        assertEquals("7|gpu|1970-01-01T00:00:00|1970-01-01T00:00:00|1970-01-01T00:00:59|00:00:59|2|64|"
                + "billing=64,cpu=64,gres/gpu=8,node=2|COMPLETED|None\n", row(0, o));
    }

    @Test
    void shouldShowTheBillableTresAsBilled() {
        // A partition's TRESBillingWeights made 2 CPUs and 2 GPUs bill 22 (BillingWeightsRunTest).
        JobOutcome o = new JobOutcome(job(9, 0, 2, 2), 0, SimTime.seconds(59), 2, 1, false, "gpu", 0,
                JobEndState.COMPLETED, null, 22);
        assertEquals("9|gpu|1970-01-01T00:00:00|1970-01-01T00:00:00|1970-01-01T00:00:59|00:00:59|1|2|"
                + "billing=22,cpu=2,gres/gpu=2,node=1|COMPLETED|None\n", row(0, o));
    }

    @Test
    void shouldMarkAJobKilledAtItsLimitTimeout() {
        JobOutcome o = new JobOutcome(job(3, 0, 1, 0), 0, SimTime.HOUR, 1, 1, true, "batch");
        assertEquals("3|batch|1970-01-01T00:00:00|1970-01-01T00:00:00|1970-01-01T01:00:00|01:00:00|1|1|"
                + "billing=1,cpu=1,node=1|TIMEOUT|None\n", row(0, o));
    }

    @Test
    void shouldMarkAJobCancelledByPreemptionPreempted() {
        JobOutcome o = new JobOutcome(job(4, 0, 1, 0), 0, SimTime.HOUR, 1, 1, false, "low", JobEndState.PREEMPTED);
        assertEquals("4|low|1970-01-01T00:00:00|1970-01-01T00:00:00|1970-01-01T01:00:00|01:00:00|1|1|"
                + "billing=1,cpu=1,node=1|PREEMPTED|None\n", row(0, o));
    }

    @Test
    void shouldTruncateFractionsOfASecondAsSlurmStoresWholeSeconds() {
        // Submitted at 0.9 s, started at 1.9 s, ended at 3.1 s: Slurm sees 0, 1 and 3, so Elapsed is 2 s.
        JobOutcome o = new JobOutcome(job(5, 900_000_000L, 2, 0), 1_900_000_000L, 3_100_000_000L, 2, 1, false,
                "batch");
        assertEquals("5|batch|2002-07-28T07:04:05|2002-07-28T07:04:06|2002-07-28T07:04:08|00:00:02|1|2|"
                + "billing=2,cpu=2,node=1|COMPLETED|None\n", row(1_027_839_845L, o));
    }
}
