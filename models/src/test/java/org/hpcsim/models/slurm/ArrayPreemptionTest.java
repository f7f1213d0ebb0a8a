package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.QosLimitsTest.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLinks;
import org.junit.jupiter.api.Test;

/**
 * preempt/qos (CANCEL) with job arrays under sched/backfill: what the array's waiting record
 * carries from one task's preemption to the next task's, on four one-CPU nodes.
 */
class ArrayPreemptionTest {
    private static SlurmConfig cluster(Qos high) {
        return cluster(4, high);
    }

    private static SlurmConfig cluster(int nodes, Qos high) {
        return SlurmConfig.uniform(nodes, 1, SchedulerType.BACKFILL, SelectType.LINEAR, SlurmReplay.params(1, 1))
                .withPreemption(Preemption.qos(PreemptMode.CANCEL))
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), Qos.unlimited("low", 10), high), "normal"));
    }

    /** QOS high, which may preempt low. */
    private static Qos high() {
        return Qos.unlimited("high", 100).withPreemption(new QosPreemptRule(List.of("low"), null, -1));
    }

    /** Two tasks of array 8 in QOS high, two nodes each, submitted at 10. */
    private static List<Job> highArray() {
        List<Job> out = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            out.add(SbatchDependencyTest.linked(job(ArrayTaskIds.of(8, t), 10, 100, 200, 2, 2, "b", "x", "high"),
                    JobLinks.NONE.asTask(8, t, 0)));
        }
        return out;
    }

    @Test
    void shouldLetTheNextTaskPreemptAtOnceAfterATaskThatPreemptedStarts() {
        // Jobs 1 and 2 of low hold two nodes each. Task 0 preempts job 1 at 10 and starts on its
        // nodes; the split gives the record a preempt_start_time of 0 (job_array_split: "or high
        // priority array jobs will hang for a period before preempting more jobs"), so task 1
        // preempts job 2 and starts at once, not after KillWait + MessageTimeout.
        List<Job> jobs = new ArrayList<>(List.of(job(1, 0, 1000, 2000, 2, 2, "a", "x", "low"),
                job(2, 0, 1000, 2000, 2, 2, "a", "x", "low")));
        jobs.addAll(highArray());
        SlurmReplay.Result r = SlurmReplay.run(cluster(high()), jobs);
        assertEquals(List.of(10L, 10L, 10L, 10L), List.of(r.end(1), r.end(2), r.start(ArrayTaskIds.of(8, 0)),
                r.start(ArrayTaskIds.of(8, 1))));
    }

    /**
     * GrpJobs=1 in high, on {@code nodes} nodes: job 1 of low on two, H (normal) on all of them
     * from 5, holding the main loop, then the high array at 10.
     */
    private static SlurmReplay.Result oneHighJobAtATime(int nodes) {
        Qos high = high().withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, 1, Qos.UNLIMITED));
        List<Job> jobs = new ArrayList<>(List.of(job(1, 0, 1000, 2000, 2, 2, "a", "x", "low"),
                job(2, 5, 100, 2000, nodes, nodes, "c", "x", "normal")));
        jobs.addAll(highArray());
        return SlurmReplay.run(cluster(nodes, high), jobs);
    }

    @Test
    void shouldNotLetTheNextTaskPreemptWhenItsQosJobCountRefusesItsStart() {
        // Backfill starts task 0 on the two free nodes, and its next task (next_task) is not
        // checked against GrpJobs before planning, but select_nodes refuses it before preempting:
        // job 1 of low runs on.
        SlurmReplay.Result r = oneHighJobAtATime(4);
        assertEquals(10, r.start(ArrayTaskIds.of(8, 0)));
        assertEquals(1000, r.end(1));
    }

    @Test
    void shouldNotStartTheNextTaskWhenItsQosJobCountRefusesIt() {
        // On six nodes four are free, room for both tasks, but task 1 starts only once task 0
        // has ended (110), though the chain skipped the count's check.
        SlurmReplay.Result r = oneHighJobAtATime(6);
        assertEquals(List.of(10L, 110L), List.of(r.start(ArrayTaskIds.of(8, 0)), r.start(ArrayTaskIds.of(8, 1))));
    }
}
