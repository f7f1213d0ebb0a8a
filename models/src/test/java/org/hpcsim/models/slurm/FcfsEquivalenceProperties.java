package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/**
 * A cross-check between two independent implementations: on one partition of identical nodes,
 * sched/builtin with priority/basic and an idealised controller (passes at the instant of each
 * event, no queue-depth limit that bites) is first-come first-served, so it must start every
 * job exactly when the textbook FCFS policy does.
 */
class FcfsEquivalenceProperties {
    private static final int NODES = 16;

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 2000),
                Arbitraries.integers().between(1, 500), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, NODES))
                .as((submit, run, slack, nodes) -> SlurmReplay.job(0, submit, run, (long) run * slack, nodes));
        return job.list().ofMinSize(1).ofMaxSize(80).map(FcfsEquivalenceProperties::numbered);
    }

    private static List<Job> numbered(List<Job> jobs) {
        List<Job> sorted = new ArrayList<>(jobs);
        sorted.sort(java.util.Comparator.comparingLong(Job::submitTime));
        List<Job> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Job j = sorted.get(i);
            out.add(new Job(i + 1, j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), j.nodes(), 0,
                    j.labels(), j.history(), -1, -1));
        }
        return out;
    }

    @Property(tries = 300)
    void shouldStartEveryJobWhenTextbookFcfsDoes(@ForAll("workloads") List<Job> jobs) {
        SchedulerParams d = SchedulerParams.defaults().immediate();
        SchedulerParams deep = new SchedulerParams(1000, d.schedInterval(), d.bfInterval(), d.bfResolution(),
                d.bfWindow(), d.bfMaxJobTest(), 0, 0, 0);
        SlurmReplay.Result slurm = SlurmReplay.run(
                SlurmConfig.uniform(NODES, 1, SchedulerType.BUILTIN, SelectType.LINEAR, deep), jobs);
        Map<Long, Long> fcfs = new LinkedHashMap<>();
        new ClusterRun(new HomogeneousCluster(NODES, 1, AllocationUnit.NODE), new FcfsPolicy(),
                new ListJobSource(jobs), true, new RunObserver() {
                    @Override
                    public void jobFinished(JobOutcome o) {
                        fcfs.put(o.job().id(), o.startTime());
                    }
                }).run();
        for (Job j : jobs) {
            assertEquals(fcfs.get(j.id()) / SimTime.SECOND, slurm.start(j.id()), "job " + j.id());
        }
    }
}
