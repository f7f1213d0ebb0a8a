package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

class DependencyTest {

    private static Job job(long id, long submitS, long runS, long precedingJob, long thinkS) {
        return new Job(id, SimTime.seconds(submitS), SimTime.seconds(runS), SimTime.seconds(runS), 1, 0, 0,
                JobLabels.NONE, JobHistory.UNKNOWN, precedingJob, thinkS < 0 ? -1 : SimTime.seconds(thinkS));
    }

    private static List<JobOutcome> run(boolean dependencies, List<Job> jobs) {
        List<JobOutcome> out = new ArrayList<>();
        RunObserver o = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome outcome) {
                out.add(outcome);
            }
        };
        new ClusterRun(new HomogeneousCluster(4, 1, AllocationUnit.CORE), new FcfsPolicy(), new ListJobSource(jobs),
                true, dependencies, o).run();
        out.sort((a, b) -> Long.compare(a.job().id(), b.job().id()));
        return out;
    }

    @Test
    void shouldSubmitADependentJobOnlyAfterItsPredecessorEndsPlusThinkTime() {
        // Job 1 runs 0..100; job 2 (recorded submit 10) names job 1 with 5 s of think time.
        List<JobOutcome> o = run(true, List.of(job(1, 0, 100, -1, -1), job(2, 10, 20, 1, 5)));
        assertEquals(SimTime.seconds(105), o.get(1).job().submitTime());
        assertEquals(SimTime.seconds(105), o.get(1).startTime());
        assertEquals(0, o.get(1).waitTime());
    }

    @Test
    void shouldKeepTheRecordedSubmitTimeWhenThePredecessorEndedLongBefore() {
        // Job 1 ends at 10; job 2 arrives at 50 and may start at once (10 + 5 < 50).
        List<JobOutcome> o = run(true, List.of(job(1, 0, 10, -1, -1), job(2, 50, 20, 1, 5)));
        assertEquals(SimTime.seconds(50), o.get(1).startTime());
    }

    @Test
    void shouldNotHoldAJobWhosePredecessorIsNotInTheWorkload() {
        List<JobOutcome> o = run(true, List.of(job(2, 10, 20, 99, 5)));
        assertEquals(SimTime.seconds(10), o.get(0).startTime());
    }

    @Test
    void shouldIgnoreDependenciesUnlessAsked() {
        List<JobOutcome> o = run(false, List.of(job(1, 0, 100, -1, -1), job(2, 10, 20, 1, 5)));
        assertEquals(SimTime.seconds(10), o.get(1).startTime());
    }

    @Test
    void shouldChainDependentsAndReleaseSeveralWaitingOnOneJob() {
        // 2 and 3 wait for 1 (ends 30); 4 waits for 2 (ends 30 + 10 = 40), think unknown = 0.
        List<JobOutcome> o = run(true, List.of(job(1, 0, 30, -1, -1), job(2, 1, 10, 1, -1), job(3, 2, 10, 1, 0),
                job(4, 3, 5, 2, -1)));
        assertEquals(SimTime.seconds(30), o.get(1).startTime());
        assertEquals(SimTime.seconds(30), o.get(2).startTime());
        assertEquals(SimTime.seconds(40), o.get(3).startTime());
        assertEquals(SimTime.seconds(45), o.get(3).endTime());
    }
}
