package org.hpcsim.models.run;

import org.hpcsim.core.SimTime;
import org.hpcsim.core.TimeWeightedStatistic;
import org.hpcsim.models.workload.Job;

/** Accumulates the headline metrics of a run as jobs arrive, start and end. */
public final class MetricsCollector implements RunObserver {
    /** Bounded slowdown's floor on the runtime: 10 s, the usual choice (Feitelson et al. 1997). */
    private static final long SLOWDOWN_FLOOR = SimTime.seconds(10);

    private final long clusterCores;
    private final LongSamples waits = new LongSamples();
    private long jobs;
    private long killed;
    private long firstSubmit = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;
    private double waitSum;
    private long maxWait;
    private double slowdownSum;
    private double coreNanos;
    private TimeWeightedStatistic queueLength;

    /** A collector for a cluster of {@code clusterCores} cores. */
    public MetricsCollector(long clusterCores) {
        this.clusterCores = clusterCores;
    }

    @Override
    public void jobSubmitted(Job job, long now) {
        if (queueLength == null) {
            firstSubmit = now;
            queueLength = new TimeWeightedStatistic(now, 0);
        }
    }

    @Override
    public void passFinished(long now, int queueLengthNow) {
        queueLength.set(now, queueLengthNow);
    }

    @Override
    public void jobFinished(JobOutcome o) {
        jobs++;
        if (o.killedAtLimit()) {
            killed++;
        }
        long wait = o.waitTime();
        long run = o.runTime();
        waits.add(wait);
        waitSum += wait;
        maxWait = Math.max(maxWait, wait);
        slowdownSum += Math.max(1.0, (double) (wait + run) / Math.max(run, SLOWDOWN_FLOOR));
        coreNanos += (double) o.allocatedCores() * run;
        lastEnd = Math.max(lastEnd, o.endTime());
    }

    /**
     * A run lost to preemption held its cores for nothing, but held them: it counts in utilization
     * and core-hours, and not as a job (the job counts once, when it finally ends).
     */
    @Override
    public void jobRequeued(JobOutcome run) {
        coreNanos += (double) run.allocatedCores() * run.runTime();
        lastEnd = Math.max(lastEnd, run.endTime());
    }

    /** The metrics so far; call after the run has finished. */
    public RunMetrics metrics() {
        if (jobs == 0) {
            return new RunMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        long makespan = lastEnd - firstSubmit;
        double makespanS = SimTime.toSeconds(makespan);
        double coreSeconds = coreNanos / SimTime.SECOND;
        return new RunMetrics(
                jobs,
                killed,
                SimTime.toSeconds(firstSubmit),
                SimTime.toSeconds(lastEnd),
                makespanS,
                makespan == 0 ? 0 : coreSeconds / (clusterCores * makespanS),
                waitSum / jobs / SimTime.SECOND,
                waits.percentile(50) / SimTime.SECOND,
                waits.percentile(95) / SimTime.SECOND,
                SimTime.toSeconds(maxWait),
                slowdownSum / jobs,
                makespan == 0 ? 0 : jobs / (makespanS / 3600.0),
                queueLength.mean(lastEnd),
                (int) queueLength.max(),
                coreSeconds / 3600.0);
    }
}
