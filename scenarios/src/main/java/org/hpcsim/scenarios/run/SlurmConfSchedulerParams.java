package org.hpcsim.scenarios.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.BackfillLimits;
import org.hpcsim.models.slurm.SchedulerParams;
import org.hpcsim.models.slurm.SelectType;
import org.hpcsim.scenarios.slurmconf.SchedulerParameters;
import org.hpcsim.scenarios.slurmconf.SchedulingConfig;

/**
 * A slurm.conf's SchedulerParameters, OverTimeLimit, MinJobAge and the rest of the scheduler's
 * timing as the model's {@link SchedulerParams}. Each option the model does not act on is noted by
 * name, so that none is dropped silently, and so is a MaxJobCount other than the default.
 */
final class SlurmConfSchedulerParams {
    /** The options the model follows (preempt_* are read with the preemption settings). */
    private static final Set<String> MODELLED = Set.of("default_queue_depth", "sched_interval", "bf_interval",
            "bf_resolution", "bf_window", "bf_max_job_test", "batch_sched_delay", "max_switch_wait",
            "kill_invalid_depend", "preempt_reorder_count", "preempt_youngest_first", "preempt_strict_order",
            "bf_max_job_user", "bf_max_job_part", "bf_max_job_user_part", "bf_max_job_assoc", "bf_min_age_reserve",
            "bf_min_prio_reserve", "bf_job_part_count_reserve", "bf_max_job_start", "bf_node_space_size",
            "bf_window_linear", "interval", "bf_max_job_array_resv");
    /** Options about how slurmctld spends its own time, which a pass here does not take. */
    private static final Set<String> TIMING_ONLY = Set.of("bf_continue", "bf_yield_interval", "bf_yield_sleep",
            "bf_max_time", "max_rpc_cnt", "sched_min_interval");

    private SlurmConfSchedulerParams() {}

    /**
     * The parameters {@code s} sets under {@code select}; options not modelled, or without effect
     * under it, go to {@code notes}, named after {@code file}.
     */
    static SchedulerParams of(SchedulingConfig s, SelectType select, String file, List<String> notes) {
        SchedulerParameters p = s.schedulerParameters();
        SchedulerParams d = SchedulerParams.defaults();
        long batchDelay = SimTime.seconds(p.batchSchedDelaySeconds());
        long overTime = s.overTimeLimit().duration().map(Duration::toNanos).orElse(Long.MAX_VALUE / 4);
        BackfillLimits limits = new BackfillLimits(p.bfMaxJobUser(), p.bfMaxJobPart(), p.bfMaxJobUserPart(),
                p.bfMaxJobAssoc(), SimTime.seconds(p.bfMinAgeReserveSeconds()), p.bfMinPrioReserve(),
                p.bfJobPartCountReserve(), p.bfMaxJobStart(), p.bfNodeSpaceSize(), p.bfMaxJobArrayResv());
        note(p, file, notes);
        if (select == SelectType.LINEAR && p.options().containsKey("bf_window_linear")) {
            // cons_common.c reads it for select/cons_res and cons_tres's will-run test only.
            notes.add(file + ": SchedulerParameters bf_window_linear acts on select/cons_tres's will-run test; under"
                    + " select/linear it has no effect, as in slurmctld");
        }
        if (s.maxJobCount() != SchedulingConfig.DEFAULT_MAX_JOB_COUNT) {
            notes.add(file + ": MaxJobCount is not modelled: slurmctld holds at most that many jobs (pending, running"
                    + " and ended within MinJobAge) and makes sbatch wait beyond it; every submission is taken here");
        }
        // slurm.conf(5), 22.05, MinJobAge: "A value of zero prevents any job record purging."
        long minJobAge = s.minJobAgeSeconds() == 0 ? Long.MAX_VALUE / 4 : SimTime.seconds(s.minJobAgeSeconds());
        return new SchedulerParams(p.defaultQueueDepth(), SimTime.seconds(p.schedIntervalSeconds()),
                SimTime.seconds(p.bfIntervalSeconds()), SimTime.seconds(p.bfResolutionSeconds()),
                SimTime.seconds(p.bfWindowMinutes() * 60L), p.bfMaxJobTest(), overTime, batchDelay, d.tick())
                .withMaxSwitchWait(SimTime.seconds(p.maxSwitchWaitSeconds()))
                .withKillInvalidDepend(p.killInvalidDepend()).withBackfillLimits(limits).withMinJobAge(minJobAge).withKillWait(SimTime.seconds(s.killWaitSeconds()))
                .withBfWindowLinear(SimTime.seconds(p.bfWindowLinearSeconds()))
                .withBuiltinInterval(SimTime.seconds(p.builtinIntervalSeconds()));
    }

    private static void note(SchedulerParameters p, String file, List<String> notes) {
        for (String w : p.warnings()) {
            notes.add(file + ": SchedulerParameters " + w);
        }
        List<String> timing = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String option : p.options().keySet()) {
            if (TIMING_ONLY.contains(option)) {
                timing.add(option);
            } else if (!MODELLED.contains(option)) {
                other.add(option);
            }
        }
        if (!timing.isEmpty()) {
            notes.add(file + ": SchedulerParameters " + String.join(", ", timing) + " bound how long slurmctld works at"
                    + " a time; the model's passes take no time, so " + (timing.size() == 1 ? "it has" : "they have")
                    + " no effect here");
        }
        if (!other.isEmpty()) {
            notes.add(file + ": SchedulerParameters " + String.join(", ", other) + (other.size() == 1 ? " is" : " are")
                    + " not modelled: jobs are scheduled as without " + (other.size() == 1 ? "it" : "them"));
        }
    }
}
