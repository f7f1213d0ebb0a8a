package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;
import org.hpcsim.models.kube.kueue.FlavorQuotas;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.kube.kueue.KueuePreemption;
import org.hpcsim.models.kube.kueue.KueueStats;
import org.hpcsim.models.kube.kueue.ResourceFlavor;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Kueue's preemption and flavors in a replay: evicted jobs lose their run and wait for quota again. */
class KueueEvictionReplayTest {
    private static final PodTemplate PRIORITIES = PodTemplate.mpiJob().withPriorities(0, Map.of("high", 10));

    private static KubeController controller(KubeReplay r, List<KubeNode> nodes, List<Job> jobs, boolean volcano) {
        ResourceNames names = new ResourceNames();
        return volcano
                ? new KubeController(nodes, names, new ListJobSource(jobs), PRIORITIES, false, r,
                        new RandomStreams(42), VolcanoConfig.defaults())
                : new KubeController(nodes, names, FirstFitPlacer.FACTORY, new ListJobSource(jobs), PRIORITIES, false,
                        r, new RandomStreams(42));
    }

    @Test
    void shouldEvictTheLowPriorityJobAndRunItAgainAfter() {
        for (boolean volcano : new boolean[] {false, true}) {
            KubeReplay r = new KubeReplay();
            List<Job> jobs = List.of(KubeReplay.job(1, 0, 100, 100, 4, 2, ""),
                    KubeReplay.job(2, 10, 50, 50, 4, 2, "high"));
            r.controller = controller(r, KubeReplay.nodes(4, 2), jobs, volcano);
            KueuePreemption within = new KueuePreemption(KueuePreemption.Policy.LOWER_PRIORITY, null, false, true);
            r.controller.admitThrough(new KueueConfig(List.of(new ClusterQueueConfig("cq", null, false,
                    List.of(new FlavorQuotas(ResourceFlavor.DEFAULT, Map.of("cpu", 4000L), null, null)), within)),
                    Map.of(), null, "cq"), new ResourceNames());
            r.controller.run();
            String under = volcano ? "volcano" : "default";
            assertEquals(SimTime.seconds(10), r.started.get(2L), under);
            assertEquals(1, r.requeued.size(), under);
            assertEquals(SimTime.seconds(10), r.requeued.get(0).endTime(), under);
            assertEquals(SimTime.seconds(60), r.outcome(1).startTime(), under + ": job 1 runs again once job 2 ends");
            assertEquals(new KueueStats(3, 0, 1, 0), r.controller.queueStats().kueue(), under);
        }
    }

    @Test
    void shouldPlaceEachJobOnTheNodesOfItsFlavor() {
        List<KubeNode> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(new KubeNode("n" + i, new long[] {2000, 64L << 30}, Map.of("pool", i < 2 ? "a" : "b"), null,
                    false));
        }
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(nodes, new ResourceNames(),
                PodPlacer.scheduler(org.hpcsim.models.kube.plugins.Plugins.defaultProfile()),
                new ListJobSource(List.of(KubeReplay.job(1, 0, 100, 4, 2), KubeReplay.job(2, 0, 100, 4, 2))),
                PodTemplate.mpiJob(), false, r, new RandomStreams(42));
        // Flavor fb comes first, so job 1 gets it and its pods select pool b; job 2 gets fa.
        r.controller.admitThrough(new KueueConfig(List.of(new ClusterQueueConfig("cq", null, false, List.of(
                new FlavorQuotas("fb", Map.of("cpu", 4000L), null, null),
                new FlavorQuotas("fa", Map.of("cpu", 4000L), null, null)), null)), Map.of(), null, "cq",
                List.of(new ResourceFlavor("fa", Map.of("pool", "a")), new ResourceFlavor("fb", Map.of("pool", "b")))),
                new ResourceNames());
        List<String> binds = new ArrayList<>();
        r.controller.listen((job, pod, node, table) -> binds.add(job.id() + "@" + table.node(node).labels().get("pool")
                + "/" + pod.nodeSelector().get("pool")));
        r.controller.run();
        // Three pods each: the MPI launcher and two workers.
        assertEquals(List.of("1@b/b", "1@b/b", "1@b/b", "2@a/a", "2@a/a", "2@a/a"), binds);
    }
}
