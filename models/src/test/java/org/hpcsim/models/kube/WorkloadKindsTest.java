package org.hpcsim.models.kube;

import static org.hpcsim.core.SimTime.SECOND;
import static org.hpcsim.models.kube.KubeReplay.job;
import static org.hpcsim.models.kube.KubeReplay.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** PyTorchJobs (Master + Workers, all needed) and the MPIJob's slotsPerWorker and runLauncherAsWorker. */
class WorkloadKindsTest {
    private static final PodTemplate PYTORCH = PodTemplate.pytorchJob().withPriorities(0, Map.of("high", 10));
    // Job 1 holds a node until 100 s; jobs 2 and 3 (high) each want both nodes.
    private static final List<Job> CONTENDED = List.of(job(1, 0, 100, 100, 4, 1, ""), job(2, 10, 50, 100, 8, 2, ""),
            job(3, 20, 50, 100, 8, 2, "high"));

    @Test
    void shouldMakeAMasterFirstAndWorkersAfterAllSizedAlikeUnlessTheMasterHasItsOwn() {
        PodSpec[] pods = PodTemplate.pytorchJob().pods(job(1, 0, 10, 12, 3), 4000, -1, 2);
        assertEquals(3, pods.length, "1 Master + 2 Workers, no launcher");
        for (PodSpec p : pods) {
            assertEquals(4000, p.request(ResourceNames.CPU));
        }
        PodSpec[] own = PodTemplate.pytorchJob().withSettings(WorkloadSettings.DEFAULTS.withMaster(500, 1L << 30))
                .pods(job(1, 0, 10, 12, 3), 4000, -1, 2);
        assertEquals(500, own[0].request(ResourceNames.CPU));
        assertEquals(1L << 30, own[0].request(ResourceNames.MEMORY));
        assertEquals(4000, own[2].request(ResourceNames.CPU));
    }

    @Test
    void shouldDeadlockPartiallyBoundPyTorchJobsUnderTheDefaultScheduler() {
        KubeReplay r = KubeReplay.run(nodes(2, 4), FirstFitPlacer.FACTORY, PYTORCH, false, SchedulerTiming.DEFAULT,
                CONTENDED, false);
        // Job 2's master takes n1 at 10 s; at 100 s job 3's master takes n0: each holds the other's node.
        assertEquals(List.of(2L, 3L), r.rejectedIds);
        assertTrue(r.rejected.get(0).startsWith("never scheduled: 1 of its 2 pods bound"), r.rejected.get(0));
        assertEquals(100 * SECOND, r.controller.stats().stalledAt());
    }

    @Test
    void shouldRunPyTorchJobsAllOrNothingUnderVolcanoGang() {
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(nodes(2, 4), new ResourceNames(), new ListJobSource(CONTENDED), PYTORCH,
                false, r, new RandomStreams(42), VolcanoConfig.defaults());
        r.controller.run();
        assertFalse(r.controller.stats().stalled());
        assertEquals(100 * SECOND, r.outcome(3).startTime(), "higher priority first when both nodes free");
        assertEquals(150 * SECOND, r.outcome(2).startTime());
        assertEquals(5, r.controller.stats().binds(), "a master, then a master and a worker twice");
    }

    @Test
    void shouldSizeMpiWorkersBySlotsPerWorker() {
        PodTemplate t = PodTemplate.mpiJob().withSettings(WorkloadSettings.DEFAULTS.withMpi(2, false))
                .withWorkerCpu(PodTemplate.WorkerCpu.SLOTS, 1);
        PodSpec[] pods = t.pods(job(1, 0, 10, 7, 1), 4000, -1, 2);
        assertEquals(5, pods.length, "ceil(7 / 2) = 4 workers and the launcher");
        assertEquals(2000, pods[0].request(ResourceNames.CPU));
        assertEquals(0, pods[4].request(ResourceNames.CPU), "the launcher asks for nothing by default");
    }

    @Test
    void shouldCountTheLauncherAsOneOfTheWorkersWithRunLauncherAsWorker() {
        PodTemplate t = PodTemplate.mpiJob().withSettings(WorkloadSettings.DEFAULTS.withMpi(4, true))
                .withWorkerCpu(PodTemplate.WorkerCpu.SLOTS, 1);
        PodSpec[] pods = t.pods(job(1, 0, 10, 8, 2), 4000, -1, 2);
        assertEquals(2, pods.length, "one worker and the launcher, which is in the hostfile");
        assertEquals(4000, pods[1].request(ResourceNames.CPU));
        KubeReplay r = KubeReplay.run(nodes(2, 4), t, List.of(job(1, 0, 100, 8, 2)));
        assertEquals(100 * SECOND, r.outcome(1).endTime());
        assertEquals(2, r.controller.stats().binds(), "no separate launcher pod");
    }

    @Test
    void shouldRefuseSlotSizingWithoutSlotsPerWorker() {
        assertThrows(IllegalArgumentException.class,
                () -> PodTemplate.mpiJob().withWorkerCpu(PodTemplate.WorkerCpu.SLOTS, 1));
    }
}
