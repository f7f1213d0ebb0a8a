package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Kueue in front of kube-scheduler: pods are created only for admitted jobs. */
class KueueReplayTest {
    private static KubeReplay run(long quotaCores, List<Job> jobs) {
        return run(quotaCores, jobs, false);
    }

    private static KubeReplay run(long quotaCores, List<Job> jobs, boolean volcano) {
        KubeReplay r = new KubeReplay();
        ResourceNames names = new ResourceNames();
        r.controller = volcano
                ? new KubeController(KubeReplay.nodes(4, 2), names, new ListJobSource(jobs), PodTemplate.mpiJob(),
                        false, r, new RandomStreams(42), org.hpcsim.models.kube.volcano.VolcanoConfig.defaults())
                : new KubeController(KubeReplay.nodes(4, 2), names, FirstFitPlacer.FACTORY,
                        new ListJobSource(jobs), PodTemplate.mpiJob(), false, r, new RandomStreams(42));
        r.controller.admitThrough(new KueueConfig(List.of(new ClusterQueueConfig("cq", null, false,
                Map.of("cpu", quotaCores * 1000, "memory", 1L << 40), null)), Map.of(), null, "cq"), names);
        r.runStats = r.controller.run();
        return r;
    }

    @Test
    void shouldHoldJobsBackUntilQuotaFrees() {
        // 8 cores of nodes but a 4-core quota: the second 2-node job waits for the first though nodes are free.
        KubeReplay r = run(4, List.of(KubeReplay.job(1, 0, 100, 4, 2), KubeReplay.job(2, 0, 100, 4, 2)));
        assertEquals(0, r.started.get(1L));
        assertEquals(SimTime.seconds(100), r.started.get(2L));
        assertEquals(2, r.finished.size());
    }

    @Test
    void shouldHoldJobsBackUnderVolcanoToo() {
        KubeReplay r = run(4, List.of(KubeReplay.job(1, 0, 100, 4, 2), KubeReplay.job(2, 0, 100, 4, 2)), true);
        assertEquals(2, r.finished.size());
        assertTrue(r.started.get(2L) >= r.outcome(1).endTime(), "job 2 waits for job 1's quota");
    }

    @Test
    void shouldRejectAJobItsQueueCanNeverHold() {
        KubeReplay r = run(4, List.of(KubeReplay.job(1, 0, 100, 6, 3), KubeReplay.job(2, 0, 100, 4, 2)));
        assertEquals(List.of(1L), r.rejectedIds);
        assertTrue(r.rejected.get(0).startsWith("kueue:"), r.rejected.get(0));
        assertEquals(1, r.controller.stats().jobsRejected());
        assertEquals(1, r.finished.size());
    }
}
