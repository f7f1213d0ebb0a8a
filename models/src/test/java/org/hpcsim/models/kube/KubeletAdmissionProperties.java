package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;

/**
 * Invariants of kubelet admission on random one-worker MPIJobs with GPUs, Guaranteed or Burstable,
 * on two nodes of two NUMA nodes of 8 CPUs and 2 GPUs each, under every Topology Manager policy,
 * with scheduling cycles instantaneous or of half a second.
 */
class KubeletAdmissionProperties {
    private static final long GIB = 1L << 30;
    private static final int NODES = 2;

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(1, 400), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 4))
                .as((submit, run, processors, gpus) -> new Job(0, SimTime.seconds(submit), SimTime.seconds(run),
                        SimTime.seconds(run), processors, 1, gpus, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1));
        return job.list().ofMinSize(1).ofMaxSize(20).map(jobs -> {
            List<Job> numbered = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job j = jobs.get(i);
                numbered.add(new Job(i, j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), 1, j.gpus(),
                        j.labels(), j.history(), -1, -1));
            }
            return numbered;
        });
    }

    @Property(tries = 300)
    void shouldNeverOvercommitANumaNodeNorRunAMisalignedPodUnderSingleNumaNode(
            @ForAll("workloads") List<Job> jobs, @ForAll TopologyPolicy policy, @ForAll boolean guaranteed,
            @ForAll @IntRange(min = 0, max = 3) int reserved, @ForAll boolean timedCycles) {
        NodeTopology topo = new NodeTopology("test", policy, false, true, reserved, 2, 8, 4);
        ResourceNames resources = new ResourceNames();
        int gpu = resources.indexOf(PodTemplate.GPU);
        List<KubeNode> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            long[] alloc = new long[resources.size()];
            alloc[ResourceNames.CPU] = (16L - reserved) * 1000;
            alloc[ResourceNames.MEMORY] = 64 * GIB;
            alloc[gpu] = 4;
            nodes.add(new KubeNode("n" + i, alloc, null, null, false));
        }
        PodTemplate template = PodTemplate.mpiJob().withWorkerCpu(PodTemplate.WorkerCpu.JOB_PROCESSORS, 1.0)
                .withMemoryPerCpu(GIB).withGuaranteed(guaranteed);
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(nodes, resources, FirstFitPlacer.FACTORY, new ListJobSource(jobs), template,
                false, r, new RandomStreams(7),
                timedCycles ? SchedulerTiming.DEFAULT.withCycleTime(SimTime.SECOND / 2) : SchedulerTiming.DEFAULT, true);
        r.controller.manageTopology(Collections.nCopies(NODES, topo));
        NumaPools pools = r.controller.kubelet().pools();
        r.controller.kubelet().admitted = (pod, a) -> {
            long cpus = a.cpus()[0] + a.cpus()[1];
            long gpus = a.gpus()[0] + a.gpus()[1];
            assertEquals(NumaPools.exclusiveCpus(pod) ? pod.request(ResourceNames.CPU) / 1000 : 0, cpus,
                    "exclusive CPUs only for Guaranteed pods, as many as asked");
            assertEquals(pod.request(gpu), gpus);
            if (policy == TopologyPolicy.SINGLE_NUMA_NODE) {
                int used = 0;
                for (int d = 0; d < 2; d++) {
                    used += a.cpus()[d] + a.gpus()[d] > 0 ? 1 : 0;
                }
                assertTrue(used <= 1, "a pod admitted under single-numa-node spans " + used + " NUMA nodes");
            }
            for (int n = 0; n < NODES; n++) {
                for (int d = 0; d < 2; d++) {
                    assertTrue(pools.freeCpus(n, d) >= 0 && pools.freeCpus(n, d) <= topo.exclusiveCpus(d));
                    assertTrue(pools.freeGpus(n, d) >= 0 && pools.freeGpus(n, d) <= topo.gpusOn(d));
                }
            }
        };
        r.controller.run();
        // Every job ran or was refused (backoffLimit, or no node ever fits), and everything came back.
        assertEquals(jobs.size(), r.finished.size() + r.rejected.size());
        for (int n = 0; n < NODES; n++) {
            for (int d = 0; d < 2; d++) {
                assertEquals(topo.exclusiveCpus(d), pools.freeCpus(n, d));
                assertEquals(topo.gpusOn(d), pools.freeGpus(n, d));
            }
        }
        KubeStats s = r.controller.stats();
        Statistics.label("admission failures").collect(s.admissionFailures() > 0 ? "some" : "none");
        Statistics.label("jobs failed past backoffLimit").collect(s.jobsFailedAdmission() > 0 ? "some" : "none");
        if (policy == TopologyPolicy.NONE || policy == TopologyPolicy.BEST_EFFORT) {
            assertEquals(0, s.admissionFailures());
        }
    }
}
