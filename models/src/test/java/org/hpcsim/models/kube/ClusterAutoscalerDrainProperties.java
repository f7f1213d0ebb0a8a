package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.ClusterAutoscalerTest.Recorder;
import org.hpcsim.models.workload.Job;

/**
 * Draining under-used nodes keeps the autoscaler's books: every Job still completes, each drained
 * node is counted once, the nodes up always equal those added less those removed, and a run is
 * reproducible.
 */
class ClusterAutoscalerDrainProperties {
    @Property(tries = 150)
    void shouldCompleteEveryJobAndCountEachRemovedNodeOnce(
            @ForAll @Size(min = 1, max = 16) List<@IntRange(min = 0, max = 9999) Integer> shapes,
            @ForAll @IntRange(min = 0, max = 2) int minSize) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            int s = shapes.get(i);
            // submit 0-2970 s, run 100-9900 s, 1-8 cores on one node
            jobs.add(KubeReplay.job(i + 1, (s % 100) * 30L, 100 + (s / 100 % 50) * 200L, 1 + s % 8, 1));
        }
        AutoscalerConfig c = AutoscalerConfig.defaults(List.of(ClusterAutoscalerTest.onDemand("g", minSize, 4, 1)),
                270 * SimTime.SECOND);
        PodTemplate t = PodTemplate.batchJob().withWorkerCpu(PodTemplate.WorkerCpu.JOB_PROCESSORS, 1);
        Recorder a = ClusterAutoscalerTest.run(ClusterAutoscalerTest.pool("g", 4, 10), c, 3, jobs, t);
        Recorder b = ClusterAutoscalerTest.run(ClusterAutoscalerTest.pool("g", 4, 10), c, 3, jobs, t);
        assertEquals(jobs.size(), a.ended.size(), "every Job completes");
        assertEquals(a.ended, b.ended);
        AutoscalerStats s = a.controller.autoscalerStats();
        assertTrue(s.scaleUps() <= s.nodesAdded());
        assertTrue(s.drains().nodesDrained() <= s.nodesRemoved());
        assertEquals(s.drains().podsEvicted(), s.drains().runsCut(), "a Job pod is a run of its own");
        long[] last = a.up.get(a.up.size() - 1);
        assertEquals(minSize + s.nodesAdded() - s.nodesRemoved(), last[1], "up = minSize + added - removed");
        assertTrue(last[1] >= minSize && a.up.stream().allMatch(e -> e[1] >= minSize && e[1] <= 4));
        Statistics.label("drained").collect(s.drains().nodesDrained() > 0);
    }
}
