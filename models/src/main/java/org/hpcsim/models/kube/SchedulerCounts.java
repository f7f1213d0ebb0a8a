package org.hpcsim.models.kube;

/**
 * What the default scheduler's loop counted during a run, and the {@link KubeStats} it and the
 * batch layers, preemption and the kubelets add up to at its end.
 */
final class SchedulerCounts {
    long cycles;
    long binds;
    long failed;
    long started;
    long rejected;
    /** When the run stalled with jobs that can never start, or -1. */
    long stalledAt = -1;
    long podsPending;

    /** The run's counters: Volcano's sessions' when {@code gang} is set, else the default loop's. */
    KubeStats stats(GangSessions gang, int waiting, Preempter preempter, KubeletAdmission kubelet) {
        if (gang != null) {
            return new KubeStats(gang.cycles(), gang.binds(), gang.failed(), started, rejected, waiting, podsPending,
                    gang.stalledAt(), gang.sessions(), gang.placed(), 0, 0, 0);
        }
        KubeStats s = new KubeStats(cycles, binds, failed, started, rejected, waiting, podsPending, stalledAt, 0, 0,
                preempter == null ? 0 : preempter.preemptions(), preempter == null ? 0 : preempter.victimPods(),
                preempter == null ? 0 : preempter.jobsPreempted());
        return kubelet == null ? s : kubelet.counted(s);
    }
}
