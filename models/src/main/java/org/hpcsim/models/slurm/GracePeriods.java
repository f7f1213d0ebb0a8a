package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hpcsim.core.Simulation;

/**
 * GraceTime (preempt.c, 22.05): a job chosen for preemption whose partition (under
 * preempt/partition_prio) or QOS (under preempt/qos) has a grace time is sent SIGTERM and keeps
 * running, its end time cut to now plus the grace time. It is stopped (cancelled or requeued, as its
 * PreemptMode says) at or after that end, by whichever comes first: the preemptor's next attempt
 * to preempt it, or slurmctld's time-limit test every 30 s (job_time_limit); until then the
 * preemptor waits, and backfill plans with the cut end. A job that ends by itself first completes.
 * The job is taken to run through its grace time: one that exits on the SIGTERM frees its nodes
 * sooner. On a real slurmctld 22.05.8 (GraceTime=20 on the lower partition, a job ignoring
 * SIGTERM), a preemption at 06:47:33.674 cut the job's end to 06:47:53.674 and the time-limit test
 * killed it at 06:48:22.814.
 */
final class GracePeriods {
    private final Simulation sim;
    private final SlurmCluster cluster;
    /** The jobs in a grace time, each with its time-limit test (an event handle), in the order they entered. */
    private final List<InGrace> inGrace = new ArrayList<>();
    private final Consumer<List<SlurmJob>> stop;
    private final int overKind;

    /** Grace periods on {@code cluster}; {@code stop} takes jobs whose grace is over off their nodes. */
    GracePeriods(Simulation sim, SlurmCluster cluster, Consumer<List<SlurmJob>> stop) {
        this.sim = sim;
        this.cluster = cluster;
        this.stop = stop;
        this.overKind = sim.registerHandler("preemption grace time over", payload -> onTest());
    }

    /**
     * Of {@code victims}, chosen for preemption at {@code now}, the ones to stop now: those without a
     * grace time and those whose grace is over. The others are signalled now or were before.
     */
    List<SlurmJob> stopNow(List<SlurmJob> victims, long now) {
        List<SlurmJob> out = new ArrayList<>();
        for (SlurmJob v : victims) {
            if (v.inGrace) {
                if (now >= v.limitEnd) {
                    out.add(v);
                }
                continue;
            }
            long grace = graceOf(v);
            if (grace <= 0) {
                out.add(v);
                continue;
            }
            v.inGrace = true;
            v.limitEnd = Math.min(v.limitEnd, now + grace);
            if (v.killedAtLimit) {
                // From now on the time-limit test takes the preemption's branch (job_time_limit): the
                // grace time ends the job, no later than its limit would have, and it is preempted.
                sim.cancel(v.endEvent);
                v.endEvent = -1;
                v.killedAtLimit = false;
            }
            // A job already past its limit is stopped on the first test from now.
            inGrace.add(new InGrace(v, sim.schedule(cluster.config.params().killedAt(Math.max(v.limitEnd, now)),
                    overKind, 0)));
        }
        return out;
    }

    /**
     * Job {@code j} left its nodes (ended, stopped, failed): it is in no grace period any more, and
     * its time-limit test is dropped (a requeued job may be preempted into a grace time again).
     */
    void left(SlurmJob j) {
        if (!j.inGrace) {
            return;
        }
        j.inGrace = false;
        for (int k = 0; k < inGrace.size(); k++) {
            if (inGrace.get(k).job == j) {
                sim.cancel(inGrace.remove(k).test);
                return;
            }
        }
    }

    /** The time-limit test after a grace end: every job still running whose grace is over goes. */
    private void onTest() {
        long now = sim.now();
        List<SlurmJob> due = new ArrayList<>();
        for (InGrace g : inGrace) {
            if (now >= g.job.limitEnd) {
                due.add(g.job);
            }
        }
        if (!due.isEmpty()) {
            stop.accept(due); // each leaves its nodes, and this list, through left
        }
    }

    /** A job in its grace time and the handle of the time-limit test that stops it. */
    private record InGrace(SlurmJob job, long test) {
    }

    /** The job's grace time: its QOS's under preempt/qos (preempt_qos.c), else its partition's (preempt_partition_prio.c). */
    private long graceOf(SlurmJob j) {
        if (cluster.config.preemption().type() == PreemptType.QOS) {
            return j.qos < 0 ? 0 : cluster.config.qos().qos().get(j.qos).preemption().graceTime();
        }
        return cluster.partitions.get(j.partition).graceTime();
    }
}
