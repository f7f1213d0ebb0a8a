package org.hpcsim.models.run;

/**
 * What preemption did in one run: jobs requeued and cancelled, and the work they lost.
 *
 * @param requeued       runs cut short and requeued (a job requeued twice counts twice)
 * @param cancelled      jobs cancelled by preemption
 * @param lostCpuSeconds CPU-seconds the cut-short runs had held: work done and thrown away, which
 *                       a requeued job does again from the start
 */
public record PreemptionStats(long requeued, long cancelled, double lostCpuSeconds) {
    /** No preemption. */
    public static final PreemptionStats NONE = new PreemptionStats(0, 0, 0);

    /** Whether any job was preempted. */
    public boolean any() {
        return requeued > 0 || cancelled > 0;
    }
}
