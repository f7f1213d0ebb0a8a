package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;

/** Builds small Kubernetes replays for tests and records what their observers hear. */
final class KubeReplay implements RunObserver {
    final List<JobOutcome> finished = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();
    final List<Long> rejectedIds = new ArrayList<>();
    final Map<Long, Long> started = new java.util.TreeMap<>();
    final List<JobOutcome> requeued = new ArrayList<>();
    long runFinishedAt = -1;
    KubeController controller;
    org.hpcsim.models.run.RunStats runStats;

    /** {@code count} nodes of {@code cpus} cores and 64 GiB, named n0, n1, ... */
    static List<KubeNode> nodes(int count, int cpus) {
        List<KubeNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new KubeNode("n" + i, new long[] {cpus * 1000L, 64L << 30}, null, null, false));
        }
        return nodes;
    }

    /** A job asking for {@code nodes} nodes and {@code processors} processors, times in seconds. */
    static Job job(long id, long submit, long run, int processors, int nodes) {
        return job(id, submit, run, run, processors, nodes, "");
    }

    /** As above with a requested time and a QOS label. */
    static Job job(long id, long submit, long run, long requested, int processors, int nodes, String qos) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(requested), processors,
                nodes, 0, qos.isEmpty() ? JobLabels.NONE : new JobLabels("", "", "", "", "", qos, ""),
                JobHistory.UNKNOWN, -1, -1);
    }

    /** Runs {@code jobs} on {@code nodes} under {@code template} and returns this recorder. */
    static KubeReplay run(List<KubeNode> nodes, PodPlacer.Factory placer, PodTemplate template, boolean killAtLimit,
                          SchedulerTiming timing, List<Job> jobs) {
        return run(nodes, placer, template, killAtLimit, timing, jobs, true);
    }

    /** As above; with {@code preempt} false no pod preempts. */
    static KubeReplay run(List<KubeNode> nodes, PodPlacer.Factory placer, PodTemplate template, boolean killAtLimit,
                          SchedulerTiming timing, List<Job> jobs, boolean preempt) {
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(nodes, new ResourceNames(), placer, new ListJobSource(jobs), template,
                killAtLimit, r, new RandomStreams(42), timing, preempt);
        r.runStats = r.controller.run();
        return r;
    }

    /** Runs with first fit and the default timing. */
    static KubeReplay run(List<KubeNode> nodes, PodTemplate template, List<Job> jobs) {
        return run(nodes, FirstFitPlacer.FACTORY, template, false, SchedulerTiming.DEFAULT, jobs);
    }

    JobOutcome outcome(long id) {
        return finished.stream().filter(o -> o.job().id() == id).findFirst().orElseThrow();
    }

    @Override
    public void jobStarted(Job job, long now, long cores) {
        started.put(job.id(), now);
    }

    @Override
    public void jobFinished(JobOutcome outcome) {
        finished.add(outcome);
    }

    @Override
    public void jobRequeued(JobOutcome run) {
        requeued.add(run);
    }

    @Override
    public void jobRejected(Job job, long now, String reason) {
        rejected.add(reason);
        rejectedIds.add(job.id());
    }

    @Override
    public void runFinished(long now) {
        runFinishedAt = now;
    }
}
