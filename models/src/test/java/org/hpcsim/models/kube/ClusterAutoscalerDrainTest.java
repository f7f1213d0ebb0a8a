package org.hpcsim.models.kube;

import static org.hpcsim.core.SimTime.SECOND;
import static org.hpcsim.models.kube.ClusterAutoscalerTest.onDemand;
import static org.hpcsim.models.kube.ClusterAutoscalerTest.pool;
import static org.hpcsim.models.kube.KubeReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.ClusterAutoscalerTest.Recorder;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;

/**
 * Scale-down of non-empty nodes and the Spot notice, on hand-made timelines. The cluster: a fixed
 * 10-core node {@code base-0} and an autoscaled group {@code g} of one 10-core node (0 to 1). Job 1
 * (one 8-core pod, 0 s to 1000 s) takes base; job 2 (one pod of {@code cores}, from 0 s for
 * 5000 s) does not fit beside it, so CA adds g's node at the 10 s scan, Ready at 280 s, where the
 * pod runs. Once job 1 ends at 1000 s the pod would fit on base.
 */
class ClusterAutoscalerDrainTest {
    private static final long BOOT = 270 * SECOND;

    private static List<KubeNode> nodes() {
        List<KubeNode> nodes = new ArrayList<>(pool("base", 1, 10));
        nodes.addAll(pool("g", 1, 10));
        return nodes;
    }

    private static PodTemplate sized(PodTemplate t) {
        return t.withWorkerCpu(PodTemplate.WorkerCpu.JOB_PROCESSORS, 1);
    }

    private static AutoscalerConfig config(ScaleDownRules rules, long unneeded, long delayAfterAdd) {
        return new AutoscalerConfig(List.of(onDemand("g", 0, 1, 1)), AutoscalerConfig.DEFAULT_SCAN_INTERVAL, BOOT,
                AutoscalerConfig.Expander.LEAST_WASTE, 0, unneeded, delayAfterAdd).withScaleDown(rules);
    }

    private static Recorder run(int cores, PodTemplate t, AutoscalerConfig c) {
        return ClusterAutoscalerTest.run(nodes(), c, 42, List.of(job(1, 0, 1000, 8, 1), job(2, 0, 5000, cores, 1)),
                sized(t));
    }

    private static Recorder run(int cores, PodTemplate t) {
        return run(cores, t, config(ScaleDownRules.DEFAULTS, 600 * SECOND, 600 * SECOND));
    }

    @Test
    void shouldDrainANodeAtFortyPercentOnceItsJobPodCanMoveAndRestartThePodElsewhere() {
        // At 40 % g-0 is under 50 % from 280 s, but its 4-core pod fits nowhere else until job 1
        // ends at 1000 s: unneeded from the scan at 1010 s, drained at 1610 s. The pod is
        // recreated and starts again from zero on base: the Job ends at 1610 + 5000 s.
        Recorder r = run(4, PodTemplate.batchJob());
        assertEquals(280L, r.started.get(2L));
        assertEquals(6610L, r.ended.get(2L));
        assertTrue(r.up.stream().anyMatch(e -> e[0] == 1610 && e[1] == 1), "g-0 removed at 1610 s: " + ups(r));
        AutoscalerStats.Drains d = r.controller.autoscalerStats().drains();
        assertEquals(1, d.nodesDrained());
        assertEquals(1, d.podsEvicted());
        assertEquals(1, d.runsCut());
        assertEquals((1610 - 280) / 3600.0, d.lostPodHours(), 1e-9);
        assertEquals(4 * (1610 - 280) / 3600.0, d.lostCoreHours(), 1e-9);
    }

    @Test
    void shouldRemoveANodeThatEmptiedWhileUnneededWhenItFirstBecameUnneededPlusTheUnneededTime() {
        // Job 2's pod ends at 1300 s, after g-0 became unneeded with it at the 1010 s scan: the node
        // stayed unneeded, so it goes at 1610 s (not 600 s after the 1310 s scan that saw it empty).
        // Job 3 (1 core, on base) keeps the workload going past then.
        Recorder r = ClusterAutoscalerTest.run(nodes(), config(ScaleDownRules.DEFAULTS, 600 * SECOND, 600 * SECOND),
                42, List.of(job(1, 0, 1000, 8, 1), job(2, 0, 1020, 4, 1), job(3, 3000, 10, 1, 1)),
                sized(PodTemplate.batchJob()));
        assertEquals(1300L, r.ended.get(2L));
        assertEquals(List.of("0:1", "10:2", "1610:1"), ups(r));
        assertEquals(0, r.controller.autoscalerStats().drains().nodesDrained());
    }

    @Test
    void shouldKeepANodeAtSixtyPercent() {
        Recorder r = run(6, PodTemplate.batchJob());
        assertEquals(5280L, r.ended.get(2L));
        assertEquals(0, r.controller.autoscalerStats().drains().nodesDrained());
        assertEquals(List.of("0:1", "10:2"), ups(r), "never removed (the run ends with job 2)");
    }

    @Test
    void shouldNotDrainANodeWhosePodFitsNowhereElse() {
        // Job 1 runs 6000 s: base never has room for the 4-core pod while it runs.
        Recorder r = ClusterAutoscalerTest.run(nodes(), config(ScaleDownRules.DEFAULTS, 600 * SECOND, 600 * SECOND),
                42, List.of(job(1, 0, 6000, 8, 1), job(2, 0, 5000, 4, 1)), sized(PodTemplate.batchJob()));
        assertEquals(5280L, r.ended.get(2L));
        assertEquals(0, r.controller.autoscalerStats().drains().nodesDrained());
    }

    @Test
    void shouldNotDrainAnMpiJobWorkerUnlessCustomControllerPodsAreNotSkipped() {
        // The MPI Operator, a custom controller, owns the worker: skip-nodes-with-custom-controller-pods
        // (true by default) keeps g-0. Without it CA drains g-0 at 1610 s and the MPIJob's run is
        // cut: it starts again on base (its launcher, asking for nothing, is there already).
        Recorder kept = run(4, PodTemplate.mpiJob());
        assertEquals(5280L, kept.ended.get(2L));
        assertEquals(0, kept.controller.autoscalerStats().drains().nodesDrained());
        Recorder cut = run(4, PodTemplate.mpiJob(), config(new ScaleDownRules(0.5, 0.5, false, 1), 600 * SECOND,
                600 * SECOND));
        assertEquals(1610L, cut.started.get(2L));
        assertEquals(6610L, cut.ended.get(2L));
        assertEquals(List.of(1610L), cut.requeued.stream().map(o -> o.endTime() / SECOND).toList());
    }

    @Test
    void shouldDrainPodPerTaskPodsAsTheirJobControllerOwnsThemAndCutTheWholeRun() {
        // Job 1's eight 1-cpu pods fill base to 8; two of job 2's four pods fit beside them, the other
        // two go to g-0 (20 %). The Job controller owns them, so g-0 is drained at 1610 s; the job needs
        // all four, so its whole run is cut and starts again on base.
        Recorder r = ClusterAutoscalerTest.run(nodes(), config(ScaleDownRules.DEFAULTS, 600 * SECOND, 600 * SECOND),
                42, List.of(job(1, 0, 1000, 8, 1), job(2, 0, 5000, 4, 1)), PodTemplate.podPerTask());
        assertEquals(List.of(1610L), r.requeued.stream().map(o -> o.endTime() / SECOND).toList());
        assertEquals(6610L, r.ended.get(2L));
        AutoscalerStats.Drains d = r.controller.autoscalerStats().drains();
        assertEquals(2, d.podsEvicted());
        assertEquals(1, d.runsCut());
        assertEquals(4 * (1610 - 280) / 3600.0, d.lostPodHours(), 1e-9);
    }

    @Test
    void shouldFollowTheThresholdAndTheTimes() {
        // Threshold 0.3: 40 % is not under it. Unneeded time 300 s: drained at 1010 + 300 s.
        // Delay after add 2000 s: not before 10 + 2000 s, the first scan then.
        Recorder strict = run(4, PodTemplate.batchJob(), config(new ScaleDownRules(0.3, 0.5, true, 1), 600 * SECOND,
                600 * SECOND));
        assertEquals(0, strict.controller.autoscalerStats().drains().nodesDrained());
        Recorder quick = run(4, PodTemplate.batchJob(), config(ScaleDownRules.DEFAULTS, 300 * SECOND, 600 * SECOND));
        assertEquals(1310L + 5000, quick.ended.get(2L));
        Recorder late = run(4, PodTemplate.batchJob(), config(ScaleDownRules.DEFAULTS, 600 * SECOND, 2000 * SECOND));
        assertEquals(2010L + 5000, late.ended.get(2L));
        Recorder none = run(4, PodTemplate.batchJob(), config(new ScaleDownRules(0.5, 0.5, true, 0), 600 * SECOND,
                600 * SECOND));
        assertEquals(5280L, none.ended.get(2L), "maxDrainParallelism 0 drains nothing");
    }

    @Test
    void shouldMeasureGpuNodesByTheirGpusOnly() {
        ResourceNames names = new ResourceNames();
        int gpu = names.indexOf(PodTemplate.GPU);
        KubeNode node = new KubeNode("gpu-0", new long[] {10_000L, 64L << 30, 8}, java.util.Map.of(), null, false);
        NodeTable table = new NodeTable(List.of(node), names.size());
        // 9 of 10 cores but 2 of 8 GPUs: 25 %, under the GPU threshold whatever the cpu.
        table.bind(PodSpec.ofRequests(9_000L, 0, 2), 0);
        NodeDrains drains = new NodeDrains(table, new int[] {0}, new NodeGroup[] {onDemand("g", 0, 1, 1)}, new int[] {0},
                null, ScaleDownRules.DEFAULTS, new JobSlots(), java.util.Set.of(), null, true, gpu);
        assertEquals(0.25, drains.utilization(0), 1e-12);
        assertTrue(drains.underused(0));
        NodeDrains strict = new NodeDrains(table, new int[] {0}, new NodeGroup[] {onDemand("g", 0, 1, 1)},
                new int[] {0}, null, new ScaleDownRules(0.5, 0.2, true, 1), new JobSlots(), java.util.Set.of(), null,
                true, gpu);
        assertTrue(!strict.underused(0), "25 % is not under a GPU threshold of 20 %");
    }

    @Test
    void shouldRefuseThresholdsOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new ScaleDownRules(1.5, 0.5, true, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScaleDownRules(0.5, -0.1, true, 1));
    }

    @Test
    void shouldCordonAndDrainASpotNodeTwoMinutesBeforeItsInterruption() {
        // One Spot node, Ready at 280 s for job 1 (one 10-core pod for 100,000 s). Its interruption
        // is its first draw from the stream "cluster-autoscaler spot g"; at 120 s before it the run is
        // cut and the pod recreated, CA asks for the group's other node at the next scan, and the
        // warned node leaves at the interruption itself.
        double rate = 1.0 / 7200;
        AutoscalerConfig c = AutoscalerConfig.defaults(List.of(new NodeGroup("g", 0, 2, true, rate, 0.3)), BOOT);
        Recorder r = ClusterAutoscalerTest.run(pool("g", 2, 10), c, 5, List.of(job(1, 0, 100_000, 10, 1)));
        long interruptAt = 280 * SECOND
                + SimTime.ofSeconds(new RandomStreams(5).stream("cluster-autoscaler spot g").nextExponentialWithMean(1 / rate));
        long noticeAt = Math.max(280 * SECOND, interruptAt - 120 * SECOND);
        JobOutcome first = r.requeued.get(0);
        assertEquals(noticeAt, first.endTime(), "the run is cut at the notice");
        long scan = (noticeAt / (10 * SECOND) + 1) * 10;
        assertTrue(r.booting.stream().anyMatch(e -> e[0] == scan && e[1] == 1), "a new node from the scan after the"
                + " notice, " + scan + " s: " + r.booting.stream().map(e -> e[0] + ":" + e[1]).toList());
        assertTrue(r.up.stream().anyMatch(e -> e[0] == interruptAt / SECOND), "the warned node leaves at "
                + interruptAt / SECOND + " s: " + ups(r));
    }

    private static List<String> ups(Recorder r) {
        return r.up.stream().map(e -> e[0] + ":" + e[1]).toList();
    }
}
