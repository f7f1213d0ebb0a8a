package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** {@code scheduler.slurm.preemption: {type: qos}} with QOS Preempt lists, through a whole scenario run. */
class SlurmQosPreemptionRunTest {
    @Test
    void shouldRequeueTheScavengerJobForTheUrgentOneAndLeaveTheNormalJobAlone() throws Exception {
        Path file = Path.of(getClass().getResource("/slurm-qos-preempt/scenario.yaml").toURI());
        Map<Long, JobOutcome> ends = new LinkedHashMap<>();
        List<JobOutcome> requeued = new ArrayList<>();
        ScenarioRunner.run(new ScenarioLoader().load(file), file.getParent(), List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                ends.put(o.job().id(), o);
            }

            @Override
            public void jobRequeued(JobOutcome run) {
                requeued.add(run);
            }
        }));
        // Two nodes: job 1 (scavenger) and job 2 (normal) run from 0; the urgent job 3 comes at 100 s
        // and may preempt only scavenger, whose own PreemptMode=requeue beats the cluster's cancel.
        assertEquals(1, requeued.size());
        assertEquals(1, requeued.get(0).job().id());
        assertTrue(ends.get(3L).startTime() <= 102 * SimTime.SECOND, "starts once the node is free: " + ends.get(3L));
        assertEquals(JobEndState.COMPLETED, ends.get(2L).endState());
        assertEquals(3000 * SimTime.SECOND, ends.get(2L).runTime());
        JobOutcome again = ends.get(1L);
        assertEquals(JobEndState.COMPLETED, again.endState());
        assertTrue(again.startTime() >= ends.get(3L).endTime(), "restarts on the node the urgent job held: " + again);
    }
}
