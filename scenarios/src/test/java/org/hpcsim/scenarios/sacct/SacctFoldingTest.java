package org.hpcsim.scenarios.sacct;

import static org.hpcsim.core.SimTime.seconds;
import static org.hpcsim.scenarios.sacct.SacctTestFiles.readAll;
import static org.hpcsim.scenarios.sacct.SacctTestFiles.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobStatus;
import org.junit.jupiter.api.Test;

/** Lines that belong to one job (steps, heterogeneous components) become one job; ids follow JobIDRaw. */
class SacctFoldingTest {
    private static final String HEADER = "JobID|JobIDRaw|Submit|Start|End|Timelimit|State|NCPUS|NNodes|AllocTRES\n";
    private static final String TIMES = "|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|";

    @Test
    void shouldFoldBatchAndExternStepsIntoTheirJob() {
        String text = HEADER
                + "7|7" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n"
                + "7.batch|7.batch" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n"
                + "7.extern|7.extern" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n"
                + "7.0|7.0" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n"
                + "8|8" + TIMES + "COMPLETED|2|1|cpu=2,node=1\n";
        try (SacctReader r = reader(text)) {
            assertEquals(List.of(7L, 8L), readAll(r).stream().map(Job::id).toList());
            assertEquals(2, r.report().seen());
            assertEquals(Map.of("steps folded", 3L), r.report().adjustments());
        }
    }

    @Test
    void shouldKeepTheJobPendingUntilALineOfAnotherJobArrives() {
        String text = HEADER
                + "7|7" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n"
                + "7.batch|7.batch" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n"
                + "8|8" + TIMES + "COMPLETED|2|1|cpu=2,node=1\n";
        try (SacctReader r = reader(text)) {
            assertEquals(7, r.next().id());
            assertEquals(Map.of("steps folded", 1L), r.report().adjustments());
            assertEquals(8, r.next().id());
            assertNull(r.next());
            assertNull(r.next());
        }
    }

    @Test
    void shouldDropAStepWhoseJobLineWasNotSeen() {
        String text = HEADER
                + "6.batch|6.batch" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n"
                + "7|7" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n"
                + "6.extern|6.extern" + TIMES + "COMPLETED|4|1|cpu=4,node=1\n";
        try (SacctReader r = reader(text)) {
            assertEquals(1, readAll(r).size());
            assertEquals(2, r.report().dropped("step without its job"));
            assertEquals(Map.of(), r.report().adjustments());
        }
    }

    @Test
    void shouldLetStepsOfADroppedJobGoWithIt() {
        String text = HEADER
                + "7|7|2024-03-01T08:00:00|2024-03-01T08:01:00|Unknown|00:20:00|RUNNING|4|1|cpu=4,node=1\n"
                + "7.batch|7.batch|2024-03-01T08:01:00|2024-03-01T08:01:00|Unknown|00:20:00|RUNNING|4|1|cpu=4,node=1\n";
        try (SacctReader r = reader(text)) {
            assertEquals(List.of(), readAll(r));
            assertEquals(Map.of("still running", 1L), nonZero(r.report().droppedByReason()));
            assertEquals(Map.of(), r.report().adjustments());
        }
    }

    @Test
    void shouldFoldArrayTaskStepsIntoTheirTask() {
        String text = HEADER
                + "20_1|21" + TIMES + "COMPLETED|1|1|cpu=1,node=1\n"
                + "20_1.batch|21.batch" + TIMES + "COMPLETED|1|1|cpu=1,node=1\n"
                + "20_2|20" + TIMES + "COMPLETED|1|1|cpu=1,node=1\n"
                + "20_2.batch|20.batch" + TIMES + "COMPLETED|1|1|cpu=1,node=1\n";
        try (SacctReader r = reader(text)) {
            List<Job> jobs = readAll(r);
            assertEquals(List.of(21L, 20L), jobs.stream().map(Job::id).toList());
            assertEquals(List.of("20_1", "20_2"), jobs.stream().map(ArrayTaskIds::display).toList(),
                    "tasks keep their JobID for the outputs");
            assertEquals(Map.of("steps folded", 2L), r.report().adjustments());
        }
    }

    @Test
    void shouldShareTheArrayIdAmongTasksWhenJobIdRawIsMissing() {
        String text = "JobID|Submit|Start|End|NCPUS\n"
                + "20_1|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|1\n"
                + "20_2|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:12:00|1\n"
                + "20_3|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:13:00|1\n"
                + "30|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:13:00|1\n";
        try (SacctReader r = reader(text)) {
            assertEquals(List.of(20L, 20L, 20L, 30L), readAll(r).stream().map(Job::id).toList());
            assertEquals(3, r.report().adjustments().get("array task without JobIDRaw, id shared"));
        }
    }

    @Test
    void shouldFoldHeterogeneousStepsOfEveryComponent() {
        String text = HEADER
                + "40+0|40" + TIMES + "COMPLETED|2|1|cpu=2,node=1\n"
                + "40+0.batch|40.batch" + TIMES + "COMPLETED|2|1|cpu=2,node=1\n"
                + "40+1|41" + TIMES + "FAILED|8|2|cpu=8,gres/gpu:v100=2,gres/gpu:a100=1,node=2\n"
                + "40+1.0|41.0" + TIMES + "FAILED|8|2|cpu=8,node=2\n"
                + "40+2|42" + TIMES + "COMPLETED|1|1|cpu=1,node=1\n";
        try (SacctReader r = reader(text)) {
            Job j = readAll(r).get(0);
            assertEquals(40, j.id());
            assertEquals(11, j.processors());
            assertEquals(4, j.nodes());
            assertEquals(3, j.gpus()); // typed entries summed: no untyped total
            assertEquals(JobStatus.COMPLETED, j.history().status()); // the leader's
            assertEquals(Map.of("steps folded", 2L, "heterogeneous components folded", 2L),
                    r.report().adjustments());
        }
    }

    @Test
    void shouldStartANewJobWhenARequeuedHeterogeneousJobRepeatsItsComponents() {
        String text = HEADER
                + "40+0|40|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:05:00|00:20:00|REQUEUED|2|1|cpu=2,node=1\n"
                + "40+1|41|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:05:00|00:20:00|REQUEUED|8|2|cpu=8,node=2\n"
                + "40+0|40|2024-03-01T08:06:00|2024-03-01T08:07:00|2024-03-01T08:17:00|00:20:00|COMPLETED|2|1|cpu=2,node=1\n"
                + "40+1|41|2024-03-01T08:06:00|2024-03-01T08:07:00|2024-03-01T08:17:00|00:20:00|COMPLETED|8|2|cpu=8,node=2\n";
        try (SacctReader r = reader(text)) {
            List<Job> jobs = readAll(r);
            assertEquals(1, jobs.size());
            assertEquals(10, jobs.get(0).processors());
            assertEquals(seconds(600), jobs.get(0).runTime());
            assertEquals(1, r.report().dropped("requeued attempt"));
        }
    }

    @Test
    void shouldFoldStepsByJobIdRawWhenTheExportHasNoJobId() {
        String text = "JobIDRaw|Submit|Start|End|Timelimit|NCPUS\n"
                + "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|4\n"
                + "7.batch|2024-03-01T08:01:00|2024-03-01T08:01:00|2024-03-01T08:11:00||4\n"
                + "9|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|4\n";
        try (SacctReader r = reader(text)) {
            assertEquals(List.of(7L, 9L), readAll(r).stream().map(Job::id).toList());
            assertEquals(Map.of("steps folded", 1L), r.report().adjustments());
        }
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
