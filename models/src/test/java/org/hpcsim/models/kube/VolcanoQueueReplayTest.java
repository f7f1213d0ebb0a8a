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
        // A large overcommit factor: every job goes Inqueue in the session at 0 s, and its pods exist for
        // the session at 1 s. Then a deserves 2 of 8 cores, b 6. At 101 s a asks for 6, b for 2: a deserves 6.
        KubeReplay r = run(10);
        assertEquals(Map.of("a1", 1L, "a2", 101L, "a3", 101L, "a4", 101L, "b1", 1L, "b2", 1L, "b3", 1L, "b4", 101L),
                starts(r));
        List<VolcanoQueueStats> s = r.controller.queueStats().volcano();
        assertEquals(List.of("a", "b", "default"), s.stream().map(VolcanoQueueStats::queue).toList());
        assertEquals(4, s.get(0).started());
        assertEquals(200.0 / 201, s.get(0).meanShare(), 1e-9, "a holds all it deserves from 1 s to 201 s");
    }

    @Test
    void shouldHoldPodGroupsPendingPastTheOvercommittedIdle() {
        // Factor 1.2: 9.6 cores may be Inqueue. At 0 s a's four jobs (8 cores) go Inqueue, b1 would make
        // 10 and stays Pending. At 1 s only a asks (Pending b has no pods): a deserves all 8 cores,
        // weight or not. b's jobs go Inqueue when a's end at 101 s and run from 102 s.
        KubeReplay r = run(VolcanoConfig.DEFAULT_OVERCOMMIT);
        assertEquals(Map.of("a1", 1L, "a2", 1L, "a3", 1L, "a4", 1L, "b1", 102L, "b2", 102L, "b3", 102L,
                "b4", 102L), starts(r));
    }
}
