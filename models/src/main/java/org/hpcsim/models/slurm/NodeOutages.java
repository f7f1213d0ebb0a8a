package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.run.FailureClock;
import org.hpcsim.models.run.InterruptionStats;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.NodeFailures;
import org.hpcsim.models.run.ResumableWork;
import org.hpcsim.models.run.RunObserver;

/**
 * Real Slurm nodes failing under their jobs (Spot interruptions, hardware failures), handled as
 * slurmctld handles a node set DOWN (node_mgr.c set_node_down_ptr, then job_mgr.c
 * kill_running_job_by_node_name, 22.05): the node leaves service first; every job with any of
 * its resources ends its run NODE_FAIL and, being a batch job that may be requeued (slurm.conf
 * JobRequeue=1, the default), waits out its begin time ({@link RequeuedJobs}) and runs again;
 * with requeueing off it ends NODE_FAIL for good. A DOWN node is in no node set the main loop,
 * backfill's plan or the will-run test sees, since slurmctld cannot know when it will return;
 * when it does it is IDLE, and a pass is due, as slurmctld queues one when a node registers
 * newly up (proc_req.c). A job's next run does what its checkpoints left ({@link ResumableWork}).
 */
final class NodeOutages implements FailureClock.Target {
    /** What the controller does for failing nodes. */
    interface Host {
        /** The running jobs (a fresh list). */
        List<SlurmJob> running();

        /**
         * Takes {@code jobs} off their nodes now; {@code fate} reports each one's run and returns
         * when it becomes eligible again, or -1 when it ended for good. A pass is due.
         */
        void takeOff(List<SlurmJob> jobs, ToLongFunction<SlurmJob> fate);

        /** A node came back: a pass is due. */
        void nodeReturned();
    }

    private final SlurmCluster cluster;
    private final RequeuedJobs requeue;
    private final RunObserver observer;
    private final Host host;
    private final ResumableWork work;
    private final FailureClock clock;
    /** Cloud nodes' power states, or null: then every node is static and replaced when it fails. */
    private final PoweredNodes power;
    private long requeuedRuns;
    private long failedJobs;

    NodeOutages(Simulation sim, SlurmCluster cluster, NodeFailures failures, RandomStreams streams,
                RequeuedJobs requeue, RunObserver observer, Host host, PoweredNodes power) {
        this.power = power;
        this.cluster = cluster;
        this.requeue = requeue;
        this.observer = observer;
        this.host = host;
        this.work = new ResumableWork(failures.checkpointing());
        this.clock = new FailureClock(sim, failures.processes(), cluster.nodes.size(), streams, this, observer);
    }

    /** Starts the failures, from now. */
    void start() {
        clock.start();
    }

    /** The workload is over: see {@link FailureClock#stop}. */
    void stop() {
        clock.stop();
    }

    /**
     * {@code job} starts now: records the work this run does (what its last failed run left) and
     * returns how long the run lasts, checkpoints included, if no time limit stops it.
     */
    long runFor(SlurmJob job) {
        job.work = work.workOf(job.job);
        return work.duration(job.work);
    }

    /** {@code job} ended for good. */
    void ended(SlurmJob job) {
        work.ended(job.job);
    }

    /** Only a running instance can fail: a powered-down cloud node has none. */
    @Override
    public boolean isUp(int node) {
        return cluster.up.get(node) && (power == null || power.running(node));
    }

    /** A reclaimed cloud node is not replaced: it powers down (see {@link PoweredNodes#interrupted}). */
    @Override
    public boolean replaced(int node) {
        return power == null || !power.isCloud(node);
    }

    @Override
    public boolean fail(int node, long now, FailureProcess process) {
        cluster.up.clear(node);
        List<SlurmJob> hit = new ArrayList<>();
        for (SlurmJob j : host.running()) {
            if (holds(j.allocation, node)) {
                hit.add(j);
            }
        }
        if (!hit.isEmpty()) {
            host.takeOff(hit, j -> failed(j, now, process.requeue() && cluster.config.jobRequeue()));
        }
        if (!replaced(node)) {
            power.interrupted(node, now);
        }
        return !hit.isEmpty(); // with no job hit nothing was freed: no pass could start more than before
    }

    /** Reports the failed run of {@code job}, off its nodes, and requeues it or ends it. */
    private long failed(SlurmJob job, long now, boolean requeued) {
        // A job still CONFIGURING (its nodes booting) had not begun: its run is empty.
        job.start = Math.min(job.start, now);
        work.failed(job.job, job.work, now - job.start, job.allocation.totalCpus(), requeued);
        if (!requeued) {
            failedJobs++;
            observer.jobFinished(job.outcome(now, JobEndState.NODE_FAIL, cluster));
            return -1;
        }
        requeuedRuns++;
        observer.jobRequeued(job.outcome(now, JobEndState.NODE_FAIL, cluster));
        return requeue.requeue(job, now);
    }

    @Override
    public void back(int node, long now) {
        cluster.up.set(node);
        host.nodeReturned();
    }

    private static boolean holds(Allocation a, int node) {
        for (int k = 0; k < a.nodeCount(); k++) {
            if (a.node(k) == node) {
                return true;
            }
        }
        return false;
    }

    InterruptionStats stats() {
        return new InterruptionStats(clock.failures(FailureProcess.SPOT), clock.failures(FailureProcess.HARDWARE),
                clock.idleHits(), requeuedRuns, failedJobs, work.lostCpuSeconds());
    }
}
