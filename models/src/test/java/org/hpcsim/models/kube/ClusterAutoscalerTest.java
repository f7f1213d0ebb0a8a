package org.hpcsim.models.kube;

import static org.hpcsim.core.SimTime.SECOND;
import static org.hpcsim.models.kube.KubeReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.plugins.Plugins;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerTest {
    private static final long BOOT = 270 * SECOND;

    /** Records what the autoscaler tells observers. */
    static final class Recorder implements RunObserver {
        final Map<Long, Long> started = new TreeMap<>();
        final Map<Long, Long> ended = new TreeMap<>();
        final List<long[]> up = new ArrayList<>();      // {time s, nodes}
        final List<long[]> booting = new ArrayList<>(); // {time s, nodes, ready s}
        final List<JobOutcome> requeued = new ArrayList<>();
        KubeController controller;
        RunStats stats;

        @Override
        public void jobStarted(Job job, long now, long cores) {
            started.put(job.id(), now / SECOND);
        }

        @Override
        public void jobFinished(JobOutcome o) {
            ended.put(o.job().id(), o.endTime() / SECOND);
        }

        @Override
        public void jobRequeued(JobOutcome run) {
            requeued.add(run);
        }

        @Override
        public void nodesUp(long now, int nodes) {
            up.add(new long[] {now / SECOND, nodes});
        }

        @Override
        public void nodesBooting(long now, int nodes, long readyAt) {
            booting.add(new long[] {now / SECOND, nodes, readyAt / SECOND});
        }
    }

    static List<KubeNode> pool(String name, int count, int cpus) {
        List<KubeNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new KubeNode(name + "-" + i, new long[] {cpus * 1000L, 64L << 30},
                    Map.of(NodePool.POOL_LABEL, name), null, false));
        }
        return nodes;
    }

    static NodeGroup onDemand(String pool, int min, int max, double price) {
        return new NodeGroup(pool, min, max, false, 0, price);
    }

    static Recorder run(List<KubeNode> nodes, AutoscalerConfig config, long seed, List<Job> jobs) {
        return run(nodes, config, seed, jobs, PodTemplate.mpiJob());
    }

    static Recorder run(List<KubeNode> nodes, AutoscalerConfig config, long seed, List<Job> jobs, PodTemplate t) {
        return run(nodes, config, seed, jobs, t, PodPlacer.scheduler(Plugins.defaultProfile()));
    }

    static Recorder run(List<KubeNode> nodes, AutoscalerConfig config, long seed, List<Job> jobs, PodTemplate t,
                        PodPlacer.Factory placer) {
        Recorder r = new Recorder();
        r.controller = new KubeController(nodes, new ResourceNames(), placer, new ListJobSource(jobs), t, false, r,
                new RandomStreams(seed));
        r.controller.autoscaleWith(config, new RandomStreams(seed));
        r.stats = r.controller.run();
        return r;
    }

    static Recorder run(List<KubeNode> nodes, List<NodeGroup> groups, List<Job> jobs) {
        return run(nodes, AutoscalerConfig.defaults(groups, BOOT), 42, jobs);
    }

    @Test
    void shouldStartPodOnEmptyGroupAtTheNextScanPlusBootTimeAndRemoveTheNodeOnceUnneeded() {
        // Job 1 arrives at 5 s on a group of 0 nodes: its pods fail, CA scans at 10 s and a node boots
        // until 280 s. It ends at 380 s; the empty node is unneeded from the scan at 390 s and goes at
        // 990 s (unneeded 10 min; the delay after the add at 10 s is long over). Job 2 keeps the
        // workload going: it arrives at 2000 s and waits for a new node, from the scan at 2010 s.
        Recorder r = run(pool("g", 4, 4), List.of(onDemand("g", 0, 4, 1)),
                List.of(job(1, 5, 100, 4, 1), job(2, 2000, 100, 4, 1)));
        assertEquals(280L, r.started.get(1L));
        assertEquals(2280L, r.started.get(2L));
        assertEquals(List.of("5:0", "10:1", "990:0", "2010:1"), r.up.stream().map(e -> e[0] + ":" + e[1]).toList());
        assertEquals(List.of("10:1:280", "2010:1:2280"),
                r.booting.stream().map(e -> e[0] + ":" + e[1] + ":" + e[2]).toList());
        AutoscalerStats s = r.controller.autoscalerStats();
        assertEquals(2, s.scaleUps());
        assertEquals(1, s.nodesRemoved());
    }

    @Test
    void shouldNotRemoveAnEmptyNodeBeforeTheDelayAfterTheLastScaleUp() {
        // Workers sized by the job's processors, placed first fit; a fixed 1-core node takes the
        // launchers (they ask for nothing). Job 1 (4 cores) gets a small node (least waste) at 280 s
        // and leaves it empty at 290 s: unneeded from the scan at 300 s, due at 900 s. Job 2 (8 cores,
        // only a big node fits) makes CA add a big node at 710 s, which holds scale-down off until
        // 1310 s: the small node goes then, not at 900 s.
        List<KubeNode> nodes = new ArrayList<>(pool("system", 1, 1));
        nodes.addAll(pool("small", 1, 4));
        nodes.addAll(pool("big", 1, 8));
        PodTemplate byProcessors = PodTemplate.mpiJob().withWorkerCpu(PodTemplate.WorkerCpu.JOB_PROCESSORS, 1);
        Recorder r = run(nodes, AutoscalerConfig.defaults(List.of(onDemand("small", 0, 1, 1), onDemand("big", 0, 1, 2)),
                BOOT), 42, List.of(job(1, 0, 10, 4, 1), job(2, 700, 1000, 8, 1)), byProcessors,
                FirstFitPlacer.FACTORY);
        assertEquals(280L, r.started.get(1L));
        assertEquals(980L, r.started.get(2L));
        assertEquals(List.of("0:1", "10:2", "710:3", "1310:2"), r.up.stream().map(e -> e[0] + ":" + e[1]).toList());
    }

    @Test
    void shouldNeverGrowAGroupPastItsMaxSize() {
        Recorder r = run(pool("g", 2, 4), List.of(onDemand("g", 0, 2, 1)),
                List.of(job(1, 0, 100, 4, 1), job(2, 0, 100, 4, 1), job(3, 0, 100, 4, 1)));
        assertEquals(280L, r.started.get(1L));
        assertEquals(280L, r.started.get(2L));
        assertEquals(380L, r.started.get(3L), "the third job waits for a node to free, not for a third node");
        AutoscalerStats s = r.controller.autoscalerStats();
        assertEquals(2, s.nodesAdded());
        assertEquals(2, s.peakNodes());
    }

    @Test
    void shouldRespectMaxNodesTotalAcrossGroups() {
        List<KubeNode> nodes = new ArrayList<>(pool("a", 2, 4));
        nodes.addAll(pool("b", 2, 4));
        AutoscalerConfig c = new AutoscalerConfig(List.of(onDemand("a", 0, 2, 1), onDemand("b", 0, 2, 1)),
                10 * SECOND, BOOT, AutoscalerConfig.Expander.LEAST_WASTE, 3, 600 * SECOND, 600 * SECOND);
        Recorder r = run(nodes, c, 42, List.of(job(1, 0, 100, 4, 1), job(2, 0, 100, 4, 1), job(3, 0, 100, 4, 1),
                job(4, 0, 100, 4, 1)));
        assertEquals(3, r.controller.autoscalerStats().peakNodes());
        assertEquals(380L, r.started.get(4L));
    }

    @Test
    void shouldPickTheGroupWithLeastWasteAndUnderPriceTheCheapestPerCore() {
        // Workers ask for 4 cores (the smallest node's): on a 4-core node nothing is wasted, on a
        // 16-core node 12 of 16 cores would idle. The 16-core group is cheaper per core though.
        List<KubeNode> nodes = new ArrayList<>(pool("small", 2, 4));
        nodes.addAll(pool("big", 2, 16));
        List<NodeGroup> groups = List.of(onDemand("small", 0, 2, 1.0), onDemand("big", 0, 2, 0.5));
        Recorder waste = run(nodes, groups, List.of(job(1, 0, 3600, 4, 1)));
        assertEquals(List.of(1.1, 0.0), hours(waste.controller.autoscalerStats()), "3870 s on a small node");
        AutoscalerConfig price = new AutoscalerConfig(groups, 10 * SECOND, BOOT, AutoscalerConfig.Expander.PRICE, 0,
                600 * SECOND, 600 * SECOND);
        Recorder cheap = run(nodes, price, 42, List.of(job(1, 0, 3600, 4, 1)));
        assertEquals(List.of(0.0, 1.1), hours(cheap.controller.autoscalerStats()));
    }

    /** Node-hours of each group, up to the run's end, rounded to 0.1 h. */
    private static List<Double> hours(AutoscalerStats s) {
        return s.groups().stream().map(g -> Math.round(g.nodeHours() * 10) / 10.0).toList();
    }

    @Test
    void shouldCostNodeHoursUpAtTheGroupsPrice() {
        // One node from the scan at 10 s to the end of the only job at 280 + 3600 s: 3870 s up, 270 s booting.
        Recorder r = run(pool("g", 1, 4), List.of(onDemand("g", 0, 1, 2.0)), List.of(job(1, 0, 3600, 4, 1)));
        AutoscalerStats.GroupUsage u = r.controller.autoscalerStats().groups().get(0);
        assertEquals(3870.0 / 3600, u.nodeHours(), 1e-9);
        assertEquals(270.0 / 3600, u.bootingHours(), 1e-9);
        assertEquals(2.0 * 3870 / 3600, u.cost(), 1e-9);
    }

    @Test
    void shouldTimeSpotGroupWithoutInterruptionsAsOnDemand() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(job(i + 1, i * 137L, 500 + 50L * (i % 7), 4 * (1 + i % 3), 1 + i % 3));
        }
        Recorder od = run(pool("g", 6, 4), List.of(onDemand("g", 0, 6, 1)), jobs);
        Recorder spot = run(pool("g", 6, 4), List.of(new NodeGroup("g", 0, 6, true, 0, 0.3)), jobs);
        assertEquals(od.started, spot.started);
        assertEquals(od.ended, spot.ended);
        assertEquals(od.up.stream().map(e -> e[0] + ":" + e[1]).toList(),
                spot.up.stream().map(e -> e[0] + ":" + e[1]).toList());
    }

    @Test
    void shouldRequeueJobsOfInterruptedSpotNodesAndReplaceThemReproducibly() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(job(i + 1, i * 300L, 2000, 8, 2));
        }
        // One interruption per node every 2 hours on average: several of the 2000 s runs are cut.
        AutoscalerConfig c = AutoscalerConfig.defaults(List.of(new NodeGroup("g", 0, 8, true, 1.0 / 7200, 0.3)), BOOT);
        Recorder a = run(pool("g", 8, 4), c, 7, jobs);
        Recorder b = run(pool("g", 8, 4), c, 7, jobs);
        assertEquals(a.started, b.started);
        assertEquals(a.ended, b.ended);
        assertEquals(20, a.ended.size(), "every job ends at last");
        long cut = a.stats.interruptions().requeued();
        assertTrue(cut > 0, "some runs were cut");
        assertEquals(cut, a.requeued.size());
        // A node may hold pods of two jobs (a worker, and another job's launcher, which asks for nothing).
        assertTrue(a.stats.interruptions().spotInterruptions() > 0);
        assertEquals(a.stats.interruptions().spotInterruptions(), a.controller.autoscalerStats().spotInterruptions());
        Recorder other = run(pool("g", 8, 4), c, 8, jobs);
        assertTrue(!other.ended.equals(a.ended) || other.stats.interruptions().spotInterruptions()
                != a.stats.interruptions().spotInterruptions(), "another seed draws other interruptions");
    }

    @Test
    void shouldKeepMinSizeNodesUpAndStartOnThemAtOnce() {
        Recorder r = run(pool("g", 3, 4), List.of(onDemand("g", 1, 3, 1)),
                List.of(job(1, 5, 100, 4, 1), job(2, 5000, 100, 4, 1)));
        assertEquals(5L, r.started.get(1L));
        assertEquals(5000L, r.started.get(2L), "the minSize node was never removed");
        assertEquals(List.of("5:1"), r.up.stream().map(e -> e[0] + ":" + e[1]).toList());
    }

    @Test
    void shouldStallAtOnceWhenNoGroupCouldTakeThePods() {
        PodTemplate ssd = PodTemplate.mpiJob().withPlacement(Map.of("disk", "ssd"), List.of());
        Recorder r = run(pool("g", 2, 4), AutoscalerConfig.defaults(List.of(onDemand("g", 0, 2, 1)), BOOT), 42,
                List.of(job(1, 0, 100, 4, 1)), ssd);
        assertTrue(r.controller.stats().stalled());
        assertEquals(0, r.controller.autoscalerStats().scaleUps(), "no node of the group has the label");
        assertEquals(SimTime.seconds(0), r.controller.stats().stalledAt());
    }

    @Test
    void shouldScaleUpForPartOfAJobAsCaKnowsNoGangsThenStall() {
        // Three 4-core workers, a group of at most two 4-core nodes: CA adds the two nodes that help
        // two of the pods (it scales up for any pod it can help); the job can never start.
        Recorder r = run(pool("g", 2, 4), List.of(onDemand("g", 0, 2, 1)), List.of(job(1, 0, 100, 12, 3)));
        assertTrue(r.controller.stats().stalled());
        assertEquals(2, r.controller.autoscalerStats().nodesAdded());
        // The third worker was tried at 280 s before the table's last change of that pass (a bind), so
        // the run stalls only once the leftover flush retried it: parked over 5 min at the 600 s flush.
        assertEquals(SimTime.seconds(600), r.controller.stats().stalledAt());
    }

    @Test
    void shouldBreakLeastWasteTiesBetweenAlikeGroupsAtRandomFromTheSeed() {
        // An On-Demand and a Spot group of alike nodes waste the same: least-waste falls back to
        // random; the price expander takes the Spot group, cheaper per core.
        List<KubeNode> nodes = new ArrayList<>(pool("od", 1, 4));
        nodes.addAll(pool("spot", 1, 4));
        List<NodeGroup> groups = List.of(onDemand("od", 0, 1, 3.888), new NodeGroup("spot", 0, 1, true, 0, 1.17));
        java.util.Set<List<Double>> picks = new java.util.HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            AutoscalerConfig c = AutoscalerConfig.defaults(groups, BOOT);
            List<Double> first = hours(run(nodes, c, seed, List.of(job(1, 0, 3600, 4, 1))).controller.autoscalerStats());
            assertEquals(first, hours(run(nodes, c, seed, List.of(job(1, 0, 3600, 4, 1))).controller.autoscalerStats()));
            picks.add(first);
        }
        assertEquals(java.util.Set.of(List.of(1.1, 0.0), List.of(0.0, 1.1)), picks, "either group, by seed");
        AutoscalerConfig price = new AutoscalerConfig(groups, 10 * SECOND, BOOT, AutoscalerConfig.Expander.PRICE, 0,
                600 * SECOND, 600 * SECOND);
        assertEquals(List.of(0.0, 1.1), hours(run(nodes, price, 42, List.of(job(1, 0, 3600, 4, 1)))
                .controller.autoscalerStats()));
    }
}
