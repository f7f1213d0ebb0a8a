package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked kubelet admission on nodes of two NUMA nodes of 16 CPUs: MPIJobs of one worker
 * sized to the job's processors (Guaranteed when the template says so) and a launcher that asks
 * for nothing.
 */
class KubeletAdmissionTest {
    private static final long GIB = 1L << 30;
    private static final PodTemplate GUARANTEED = PodTemplate.mpiJob()
            .withWorkerCpu(PodTemplate.WorkerCpu.JOB_PROCESSORS, 1.0).withMemoryPerCpu(GIB).withGuaranteed(true);

    private static Job job(long id, long submit, long run, int processors, int gpus) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(run), processors, 1, gpus,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
    }

    /** Runs {@code jobs} on {@code count} nodes of 2x16 CPUs and {@code gpus} GPUs under {@code policy}. */
    private static KubeReplay run(TopologyPolicy policy, int count, int gpus, PodTemplate template, Job... jobs) {
        ResourceNames resources = new ResourceNames();
        int gpu = gpus > 0 ? resources.indexOf(PodTemplate.GPU) : -1;
        List<KubeNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long[] alloc = new long[resources.size()];
            alloc[ResourceNames.CPU] = 32_000;
            alloc[ResourceNames.MEMORY] = 64 * GIB;
            if (gpu >= 0) {
                alloc[gpu] = gpus;
            }
            nodes.add(new KubeNode("n" + i, alloc, null, null, false));
        }
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(nodes, resources, FirstFitPlacer.FACTORY, new ListJobSource(List.of(jobs)),
                template, false, r, new RandomStreams(42), SchedulerTiming.DEFAULT, true);
        r.controller.manageTopology(Collections.nCopies(count,
                new NodeTopology("test", policy, false, true, 0, 2, 16, gpus)));
        r.runStats = r.controller.run();
        return r;
    }

    @Test
    void shouldRejectAPodUntilItsNumaNodeFreesThenPlaceIt() {
        // A and B take 10 CPUs on NUMA 0 and 10 on NUMA 1; C's 10 fit the node's 12 free but no NUMA
        // node's 6. Rejected at 1 s; the Job controller recreates it after 10, 20, 40, 80 s of backoff:
        // binds at 11, 31, 71 fail too, the one at 151 finds A and B gone (at 100 s) and is admitted.
        KubeReplay r = run(TopologyPolicy.SINGLE_NUMA_NODE, 1, 0, GUARANTEED,
                job(1, 0, 100, 10, 0), job(2, 0, 100, 10, 0), job(3, 1, 50, 10, 0));
        assertEquals(Map.of(1L, 0L, 2L, 0L, 3L, SimTime.seconds(151)), r.started);
        KubeStats s = r.controller.stats();
        assertEquals(4, s.admissionFailures());
        assertEquals(0, s.jobsFailedAdmission());
        assertEquals(2 + 2 + 1 + 5, s.binds(), "C's launcher once, its worker five times");
        assertFree(r, 0, 16, 16);
    }

    @Test
    void shouldStartTheFragmentedPodAtOnceWithoutTopologyManagement() {
        KubeReplay r = run(TopologyPolicy.NONE, 1, 0, GUARANTEED,
                job(1, 0, 100, 10, 0), job(2, 0, 100, 10, 0), job(3, 1, 50, 10, 0));
        assertEquals(SimTime.seconds(1), r.started.get(3L));
        assertEquals(0, r.controller.stats().admissionFailures());
        assertFree(r, 0, 16, 16);
    }

    @Test
    void shouldFailAJobPastBackoffLimitWhenNoNumaNodeCouldEverHoldItsPod() {
        // 24 CPUs never fit one NUMA node of 16: rejected at 0, 10, 30, 70, 150, 310 and 630 s; the
        // seventh failure passes backoffLimit 6 and the job fails.
        KubeReplay r = run(TopologyPolicy.SINGLE_NUMA_NODE, 1, 0, GUARANTEED, job(1, 0, 100, 24, 0));
        assertTrue(r.started.isEmpty());
        assertEquals(1, r.rejected.size());
        assertTrue(r.rejected.get(0).startsWith("TopologyAffinityError"), r.rejected.get(0));
        KubeStats s = r.controller.stats();
        assertEquals(7, s.admissionFailures());
        assertEquals(1, s.jobsFailedAdmission());
        assertEquals(1, s.jobsRejected());
        assertEquals(0, s.jobsNeverStarted());
        assertEquals(SimTime.seconds(630), r.runFinishedAt);
        assertFree(r, 0, 16, 16);
    }

    @Test
    void shouldAdmitTwentyFourCpusUnderRestrictedAndBestEffort() {
        for (TopologyPolicy p : List.of(TopologyPolicy.RESTRICTED, TopologyPolicy.BEST_EFFORT)) {
            KubeReplay r = run(p, 1, 0, GUARANTEED, job(1, 0, 100, 24, 0));
            assertEquals(Map.of(1L, 0L), r.started, p.word());
            assertEquals(0, r.controller.stats().admissionFailures(), p.word());
        }
    }

    @Test
    void shouldNeitherPinNorRejectBurstablePods() {
        // The same jobs as the recreate loop's, without limits: C runs at once, and D's 24 CPUs, which
        // no NUMA node could hold exclusively, start when A and B leave room on the node (100 s).
        PodTemplate burstable = GUARANTEED.withGuaranteed(false);
        KubeReplay r = run(TopologyPolicy.SINGLE_NUMA_NODE, 1, 0, burstable,
                job(1, 0, 100, 10, 0), job(2, 0, 100, 10, 0), job(3, 1, 50, 10, 0), job(4, 2, 50, 24, 0));
        assertEquals(Map.of(1L, 0L, 2L, 0L, 3L, SimTime.seconds(1), 4L, SimTime.seconds(100)), r.started);
        assertEquals(0, r.controller.stats().admissionFailures());
    }

    @Test
    void shouldRejectAGpuPodWhoseFreeGpusSitOnTwoNumaNodes() {
        // Four GPUs per NUMA node. A takes 3 on NUMA 0, B 3 on NUMA 1; C's 2 GPUs fit the node's 2
        // free, one on each NUMA node: rejected until A ends at 100 s; its replacement binds at 151.
        KubeReplay r = run(TopologyPolicy.RESTRICTED, 1, 8, GUARANTEED,
                job(1, 0, 100, 4, 3), job(2, 0, 200, 4, 3), job(3, 1, 50, 4, 2));
        assertEquals(SimTime.seconds(151), r.started.get(3L));
        assertEquals(4, r.controller.stats().admissionFailures());
        assertFree(r, 0, 16, 16);
        NumaPools pools = r.controller.kubelet().pools();
        assertEquals(4, pools.freeGpus(0, 0));
        assertEquals(4, pools.freeGpus(0, 1));
    }

    @Test
    void shouldAlignCpusWithGpusOnTheNumaNodeThatHasBoth() {
        List<NumaPools.Allocation> seen = new ArrayList<>();
        ResourceNames resources = new ResourceNames();
        int gpu = resources.indexOf(PodTemplate.GPU);
        long[] alloc = new long[resources.size()];
        alloc[ResourceNames.CPU] = 32_000;
        alloc[ResourceNames.MEMORY] = 64 * GIB;
        alloc[gpu] = 8;
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(List.of(new KubeNode("n0", alloc, null, null, false)), resources,
                FirstFitPlacer.FACTORY, new ListJobSource(List.of(job(1, 0, 100, 4, 3), job(2, 0, 100, 4, 2))),
                GUARANTEED, false, r, new RandomStreams(42), SchedulerTiming.DEFAULT, true);
        r.controller.manageTopology(List.of(new NodeTopology("test", TopologyPolicy.SINGLE_NUMA_NODE, false, true, 0,
                2, 16, 8)));
        r.controller.kubelet().admitted = (pod, a) -> seen.add(a);
        r.controller.run();
        // A: 3 GPUs and 4 CPUs on NUMA 0 (fullest that fits, lower-numbered on a tie). B: 2 GPUs fit only
        // NUMA 1 (one left on 0), and its CPUs follow them there although NUMA 0 still has 12.
        List<NumaPools.Allocation> workers = seen.stream().filter(a -> a.cpus()[0] + a.cpus()[1] > 0).toList();
        assertEquals(2, workers.size());
        assertEquals(List.of(4, 0, 3, 0), flat(workers.get(0)));
        assertEquals(List.of(0, 4, 0, 2), flat(workers.get(1)));
    }

    private static List<Integer> flat(NumaPools.Allocation a) {
        return List.of(a.cpus()[0], a.cpus()[1], a.gpus()[0], a.gpus()[1]);
    }

    private static void assertFree(KubeReplay r, int node, int numa0, int numa1) {
        NumaPools pools = r.controller.kubelet().pools();
        assertEquals(numa0, pools.freeCpus(node, 0), "free exclusive CPUs on NUMA 0 at the end");
        assertEquals(numa1, pools.freeCpus(node, 1), "free exclusive CPUs on NUMA 1 at the end");
    }
}
