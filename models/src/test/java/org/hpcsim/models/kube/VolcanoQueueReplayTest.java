package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.kube.volcano.VolcanoQueue;
import org.hpcsim.models.kube.volcano.VolcanoQueueStats;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Volcano's queues in a replay: weighted shares, and the enqueue action holding PodGroups Pending. */
class VolcanoQueueReplayTest {
    /** Four one-node, 2-core, 100 s jobs in each of queues a then b, all at 0 s; 4 nodes of 2 cores. */
    private static KubeReplay run(double overcommit) {
        List<Job> jobs = new ArrayList<>();
        for (String q : new String[] {"a", "b"}) {
            for (int i = 1; i <= 4; i++) {
                jobs.add(new Job(jobs.size() + 1, 0, SimTime.seconds(100), SimTime.seconds(100), 2, 1, 0,
                        new JobLabels("", "", "", "", q, "", ""), JobHistory.UNKNOWN, -1, -1));
            }
        }
        VolcanoConfig config = VolcanoConfig.defaults().withQueues(List.of(new VolcanoQueue("a", 1, null, true),
                new VolcanoQueue("b", 3, null, true)), null, overcommit);
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(KubeReplay.nodes(4, 2), new ResourceNames(), new ListJobSource(jobs),
                PodTemplate.mpiJob(), false, r, new RandomStreams(42), config);
        r.controller.run();
        return r;
    }

    private static Map<String, Long> starts(KubeReplay r) {
        Map<String, Long> out = new TreeMap<>();
        r.started.forEach((id, t) -> out.put((id <= 4 ? "a" : "b") + (id <= 4 ? id : id - 4), t / SimTime.SECOND));
        return out;
    }

    @Test
    void shouldSplitTheClusterOneToThreeByWeight() {
        // Everything Inqueue (a large overcommit factor): a deserves 2 of 8 cores, b 6. At 100 s only a
        // asks for more than b, so it deserves 6 then.
        KubeReplay r = run(10);
        assertEquals(Map.of("a1", 0L, "a2", 100L, "a3", 100L, "a4", 100L, "b1", 0L, "b2", 0L, "b3", 0L, "b4", 100L),
                starts(r));
        List<VolcanoQueueStats> s = r.controller.queueStats().volcano();
        assertEquals(List.of("a", "b", "default"), s.stream().map(VolcanoQueueStats::queue).toList());
        assertEquals(4, s.get(0).started());
        assertEquals(1.0, s.get(0).meanShare(), 1e-9, "a holds all it deserves while it runs");
    }

    @Test
    void shouldHoldPodGroupsPendingPastTheOvercommittedIdle() {
        // Factor 1.2: 9.6 cores may be Inqueue. At 0 s a's four jobs (8 cores) go Inqueue, b1 would make
        // 10: b waits Pending, and a may run only the 2 cores it deserves. At 100 s a's 6 Inqueue cores
        // leave room for b1 alone; and so on.
        KubeReplay r = run(VolcanoConfig.DEFAULT_OVERCOMMIT);
        assertEquals(Map.of("a1", 0L, "a2", 100L, "a3", 200L, "a4", 300L, "b1", 100L, "b2", 200L, "b3", 200L,
                "b4", 300L), starts(r));
    }
}
