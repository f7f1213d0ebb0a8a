package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.BackfillLimits;
import org.hpcsim.models.slurm.MultifactorSetup;
import org.hpcsim.models.slurm.Preemption;
import org.hpcsim.models.slurm.Qos;
import org.hpcsim.models.slurm.QosSetup;
import org.hpcsim.models.slurm.SchedulerParams;
import org.hpcsim.models.slurm.SchedulerType;
import org.hpcsim.models.slurm.SelectType;
import org.hpcsim.models.slurm.SwitchRequest;

/**
 * The Slurm controller's settings under {@code scheduler.slurm}: slurm.conf's SchedulerType,
 * SelectType, SchedulerParameters, OverTimeLimit and job priority, spelled as slurm.conf spells them.
 *
 * @param scheduler   SchedulerType: backfill (default) or builtin
 * @param select      SelectType: linear or cons_tres, or null to follow the cluster's allocation
 *                    (node: linear, core: cons_tres)
 * @param params      SchedulerParameters, with the time slurmctld started ({@code controllerStart},
 *                    seconds of simulation time, default 0) and how long after each tick of its
 *                    main loop the backfill thread wakes ({@code backfillPhase}, seconds, default
 *                    0), both of which also hold with a slurm.conf
 * @param priority    PriorityType and priority/multifactor's settings (null: priority/basic)
 * @param conf        a slurm.conf to take the cluster and controller from (relative to the
 *                    scenario's folder), or null; when given it overrides the fields above and the
 *                    cluster's node count and sizes (a priority block here still overrides its
 *                    priority settings)
 * @param switches    the {@code --switches} every job asks for (traces do not carry it); applies
 *                    only under topology/tree, that is with a slurm.conf that has a topology.conf
 * @param maintenance maintenance reservations that drain nodes for a while
 * @param qos         the QOS of the accounting database (sacctmgr), none when empty
 * @param defaultQos  the QOS of a job whose trace names none; with QOS given, {@code normal} unless
 *                    said otherwise, and a {@code normal} without limits is added when not listed
 * @param preemption  PreemptType (qos or none), PreemptMode and PreemptExemptTime for a scenario
 *                    without a slurm.conf; null when not given (then a slurm.conf's, or none)
 * @param groups      the members of Unix groups as /etc/group lists them (group name to user names),
 *                    for a slurm.conf's AllowGroups: a user listed in an allowed group is admitted
 *                    whatever the primary group its jobs carry; sorted by group name
 */
public record SlurmSpec(SchedulerType scheduler, SelectType select, SchedulerParams params, PrioritySpec priority,
                        String conf, SwitchRequest switches, List<MaintenanceSpec> maintenance, List<Qos> qos,
                        String defaultQos, Preemption preemption, Map<String, List<String>> groups) {
    /** The furthest from time 0 a scenario may put slurmctld's start: a year, in seconds. */
    private static final double MAX_START = 365 * 86_400.0;

    /** The QOS slurmdbd creates: the default QOS of every association unless set otherwise. */
    public static final String NORMAL = "normal";

    /** Validates the settings. */
    public SlurmSpec {
        InvalidFieldException.require(scheduler != null, "scheduler", "is required (allowed: backfill, builtin)");
        InvalidFieldException.require(params != null, "parameters", "are required");
        priority = priority == null ? PrioritySpec.BASIC : priority;
        switches = switches == null ? SwitchRequest.NONE : switches;
        maintenance = maintenance == null ? List.of() : List.copyOf(maintenance);
        qos = qos == null ? List.of() : List.copyOf(qos);
        InvalidFieldException.require(defaultQos == null || !qos.isEmpty(), "defaultQos", "needs a qos list");
        if (!qos.isEmpty()) {
            defaultQos = defaultQos == null ? NORMAL : defaultQos;
            List<Qos> given = qos;
            for (int i = 0; i < given.size(); i++) {
                for (int k = 0; k < i; k++) {
                    InvalidFieldException.require(!given.get(k).name().equals(given.get(i).name()), "qos",
                            "QOS " + given.get(i).name() + " appears twice (QOS names are unique)");
                }
            }
            boolean listed = given.stream().anyMatch(q -> q.name().equals(NORMAL));
            String wanted = defaultQos;
            InvalidFieldException.require(wanted.equals(NORMAL) || given.stream().anyMatch(q -> q.name().equals(wanted)),
                    "defaultQos", "names no QOS of the qos list: '" + wanted + "'");
            if (!listed) {
                // slurmdbd creates normal, without limits, when the database is made.
                List<Qos> all = new ArrayList<>(given);
                all.add(0, Qos.unlimited(NORMAL, 0));
                qos = List.copyOf(all);
            }
            try {
                QosSetup.of(qos, defaultQos); // Preempt lists: names that exist, no loop
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("qos", e.getMessage());
            }
        }
        InvalidFieldException.require(preemption == null || conf == null, "preemption",
                "give PreemptType, PreemptMode and PreemptExemptTime in the slurm.conf when conf is set");
        groups = groups(groups);
    }

    private static Map<String, List<String>> groups(Map<String, List<String>> given) {
        Map<String, List<String>> sorted = new TreeMap<>();
        if (given != null) {
            for (Map.Entry<String, List<String>> e : given.entrySet()) {
                InvalidFieldException.require(e.getKey() != null && !e.getKey().isBlank(), "groups",
                        "a group needs a name");
                List<String> users = e.getValue() == null ? List.of() : e.getValue();
                for (String u : users) {
                    InvalidFieldException.require(u != null && !u.isBlank(), "groups",
                            "group " + e.getKey() + " lists an empty user name (allowed: user names)");
                }
                sorted.put(e.getKey(), List.copyOf(users));
            }
        }
        return Collections.unmodifiableMap(sorted);
    }

    /** Settings without group member lists. */
    public SlurmSpec(SchedulerType scheduler, SelectType select, SchedulerParams params, PrioritySpec priority,
                     String conf, SwitchRequest switches, List<MaintenanceSpec> maintenance, List<Qos> qos,
                     String defaultQos, Preemption preemption) {
        this(scheduler, select, params, priority, conf, switches, maintenance, qos, defaultQos, preemption, Map.of());
    }

    /** Settings without QOS. */
    public SlurmSpec(SchedulerType scheduler, SelectType select, SchedulerParams params, PrioritySpec priority,
                     String conf, SwitchRequest switches, List<MaintenanceSpec> maintenance) {
        this(scheduler, select, params, priority, conf, switches, maintenance, List.of(), null, null);
    }

    /** Settings with no maintenance reservation. */
    public SlurmSpec(SchedulerType scheduler, SelectType select, SchedulerParams params, PrioritySpec priority,
                     String conf, SwitchRequest switches) {
        this(scheduler, select, params, priority, conf, switches, List.of());
    }

    /** Settings with no --switches. */
    public SlurmSpec(SchedulerType scheduler, SelectType select, SchedulerParams params, PrioritySpec priority,
                     String conf) {
        this(scheduler, select, params, priority, conf, SwitchRequest.NONE);
    }

    /** Settings under priority/basic. */
    public SlurmSpec(SchedulerType scheduler, SelectType select, SchedulerParams params) {
        this(scheduler, select, params, PrioritySpec.BASIC, null);
    }

    /** Settings with a priority block and no slurm.conf. */
    public SlurmSpec(SchedulerType scheduler, SelectType select, SchedulerParams params, PrioritySpec priority) {
        this(scheduler, select, params, priority, null);
    }

    /** The QOS for the controller ({@link QosSetup#NONE} without a qos list). */
    public QosSetup qosSetup() {
        return qos.isEmpty() ? QosSetup.NONE : QosSetup.of(qos, defaultQos);
    }

    /** priority/multifactor's setup for the controller, or null under priority/basic. */
    public MultifactorSetup multifactor() {
        return priority.setup();
    }

    /** Slurm 22.05's defaults: sched/backfill, select by the cluster's allocation, default parameters. */
    public static SlurmSpec defaults() {
        return new SlurmSpec(SchedulerType.BACKFILL, null, SchedulerParams.defaults(), PrioritySpec.BASIC, null);
    }

    /** These settings taken from the slurm.conf at {@code path}. */
    public SlurmSpec withConf(String path) {
        return new SlurmSpec(scheduler, select, params, priority, path, switches, maintenance, qos, defaultQos,
                preemption, groups);
    }

    /** These settings with every job asking for {@code s}. */
    public SlurmSpec withSwitches(SwitchRequest s) {
        return new SlurmSpec(scheduler, select, params, priority, conf, s, maintenance, qos, defaultQos, preemption,
                groups);
    }

    @JsonCreator
    static SlurmSpec fromFile(@JsonProperty("scheduler") String scheduler,
                              @JsonProperty("select") String select,
                              @JsonProperty("parameters") Parameters parameters,
                              @JsonProperty("overTimeLimit") Integer overTimeLimit,
                              @JsonProperty("priority") PrioritySpec priority,
                              @JsonProperty("conf") String conf,
                              @JsonProperty("switches") String switches,
                              @JsonProperty("maintenance") List<MaintenanceSpec> maintenance,
                              @JsonProperty("qos") List<QosEntry> qos,
                              @JsonProperty("defaultQos") String defaultQos,
                              @JsonProperty("preemption") PreemptionEntry preemption,
                              @JsonProperty("groups") Map<String, List<String>> groups,
                              @JsonProperty("controllerStart") Double controllerStart,
                              @JsonProperty("backfillPhase") Double backfillPhase) {
        Parameters p = parameters != null ? parameters
                : Parameters.fromFile(null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null);
        InvalidFieldException.require(overTimeLimit == null || overTimeLimit >= 0, "overTimeLimit",
                "must be 0 or more minutes, got " + overTimeLimit);
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams params = new SchedulerParams(p.defaultQueueDepth, SimTime.seconds(p.schedInterval),
                SimTime.seconds(p.bfInterval), SimTime.seconds(p.bfResolution), SimTime.seconds(p.bfWindow * 60L),
                p.bfMaxJobTest, overTimeLimit == null ? d.overTimeLimit() : SimTime.seconds(overTimeLimit * 60L),
                SimTime.seconds(p.batchSchedDelay), d.tick()).withMaxSwitchWait(SimTime.seconds(p.maxSwitchWait))
                .withKillInvalidDepend(p.killInvalidDepend).withBackfillLimits(p.backfillLimits)
                .withBfWindowLinear(SimTime.seconds(p.bfWindowLinear))
                .withBuiltinInterval(SimTime.seconds(p.builtinInterval));
        if (controllerStart != null) {
            InvalidFieldException.require(Double.isFinite(controllerStart) && Math.abs(controllerStart) <= MAX_START,
                    "controllerStart", "must be seconds of simulation time within a year of 0, got " + controllerStart);
            params = params.withControllerStart(SimTime.ofSeconds(controllerStart));
        }
        if (backfillPhase != null) {
            InvalidFieldException.require(backfillPhase >= 0 && backfillPhase <= MAX_START
                            && SimTime.ofSeconds(backfillPhase) < d.tick(),
                    "backfillPhase", "must be seconds from 0 to under the controller's tick of "
                            + SimTime.toSeconds(d.tick()) + " s, got " + backfillPhase);
            params = params.withBackfillPhase(SimTime.ofSeconds(backfillPhase));
        }
        InvalidFieldException.require(conf == null || !conf.isBlank(), "conf", "must name a slurm.conf file");
        return new SlurmSpec(schedulerType(scheduler), selectType(select), params, priority, conf,
                SwitchesText.parse("switches", switches), maintenance,
                qos == null ? null : qos.stream().map(QosEntry::qos).toList(), defaultQos,
                preemption == null ? null : preemption.preemption(), groups);
    }

    private static SchedulerType schedulerType(String word) {
        if (word == null) {
            return SchedulerType.BACKFILL;
        }
        switch (word.toLowerCase(Locale.ROOT).replace("sched/", "")) {
            case "backfill":
                return SchedulerType.BACKFILL;
            case "builtin":
                return SchedulerType.BUILTIN;
            default:
                throw new InvalidFieldException("scheduler", "unknown scheduler '" + word
                        + "' (allowed: backfill, builtin)");
        }
    }

    private static SelectType selectType(String word) {
        if (word == null) {
            return null;
        }
        switch (word.toLowerCase(Locale.ROOT).replace("select/", "")) {
            case "linear":
                return SelectType.LINEAR;
            case "cons_tres":
                return SelectType.CONS_TRES;
            default:
                throw new InvalidFieldException("select", "unknown select '" + word + "' (allowed: linear, cons_tres)");
        }
    }

    /** SchedulerParameters as the scenario file gives them, in slurm.conf's names and units. */
    record Parameters(int defaultQueueDepth, long schedInterval, long bfInterval, long bfResolution, long bfWindow,
                      int bfMaxJobTest, long batchSchedDelay, long maxSwitchWait, boolean killInvalidDepend,
                      BackfillLimits backfillLimits, long bfWindowLinear, long builtinInterval) {
        @JsonCreator
        static Parameters fromFile(@JsonProperty("default_queue_depth") Integer defaultQueueDepth,
                                   @JsonProperty("sched_interval") Long schedInterval,
                                   @JsonProperty("bf_interval") Long bfInterval,
                                   @JsonProperty("bf_resolution") Long bfResolution,
                                   @JsonProperty("bf_window") Long bfWindow,
                                   @JsonProperty("bf_max_job_test") Integer bfMaxJobTest,
                                   @JsonProperty("batch_sched_delay") Long batchSchedDelay,
                                   @JsonProperty("max_switch_wait") Long maxSwitchWait,
                                   @JsonProperty("kill_invalid_depend") Boolean killInvalidDepend,
                                   @JsonProperty("bf_max_job_user") Integer bfMaxJobUser,
                                   @JsonProperty("bf_max_job_part") Integer bfMaxJobPart,
                                   @JsonProperty("bf_max_job_user_part") Integer bfMaxJobUserPart,
                                   @JsonProperty("bf_max_job_assoc") Integer bfMaxJobAssoc,
                                   @JsonProperty("bf_min_age_reserve") Long bfMinAgeReserve,
                                   @JsonProperty("bf_min_prio_reserve") Long bfMinPrioReserve,
                                   @JsonProperty("bf_job_part_count_reserve") Integer bfJobPartCountReserve,
                                   @JsonProperty("bf_max_job_start") Integer bfMaxJobStart,
                                   @JsonProperty("bf_node_space_size") Integer bfNodeSpaceSize,
                                   @JsonProperty("bf_window_linear") Long bfWindowLinear,
                                   @JsonProperty("bf_max_job_array_resv") Integer bfMaxJobArrayResv,
                                   @JsonProperty("interval") Long builtinInterval) {
            // slurm.conf(5), 22.05: each of the backfill limits defaults to 0, no limit.
            noLimitOrMore("bf_max_job_user", bfMaxJobUser);
            noLimitOrMore("bf_max_job_part", bfMaxJobPart);
            noLimitOrMore("bf_max_job_user_part", bfMaxJobUserPart);
            noLimitOrMore("bf_max_job_assoc", bfMaxJobAssoc);
            noLimitOrMore("bf_min_age_reserve", bfMinAgeReserve);
            noLimitOrMore("bf_min_prio_reserve", bfMinPrioReserve);
            noLimitOrMore("bf_job_part_count_reserve", bfJobPartCountReserve);
            noLimitOrMore("bf_max_job_start", bfMaxJobStart);
            InvalidFieldException.require(bfMaxJobStart == null || bfMaxJobStart <= BackfillLimits.MAX_JOB_START,
                    "bf_max_job_start", "must be at most " + BackfillLimits.MAX_JOB_START + " (slurm.conf(5))");
            InvalidFieldException.require(bfNodeSpaceSize == null
                            || (bfNodeSpaceSize >= BackfillLimits.MIN_NODE_SPACE_SIZE
                            && bfNodeSpaceSize <= BackfillLimits.MAX_NODE_SPACE_SIZE), "bf_node_space_size",
                    "must be " + BackfillLimits.MIN_NODE_SPACE_SIZE + " to " + BackfillLimits.MAX_NODE_SPACE_SIZE
                            + " records (default: bf_max_job_test)");
            InvalidFieldException.require(bfMaxJobArrayResv == null
                    || (bfMaxJobArrayResv >= 0 && bfMaxJobArrayResv <= BackfillLimits.MAX_JOB_ARRAY_RESV),
                    "bf_max_job_array_resv", "must be 0 to " + BackfillLimits.MAX_JOB_ARRAY_RESV
                            + " tasks (backfill.c; default " + BackfillLimits.DEFAULT_MAX_JOB_ARRAY_RESV + ")");
            BackfillLimits limits = new BackfillLimits(orDefault(bfMaxJobUser, 0), orDefault(bfMaxJobPart, 0),
                    orDefault(bfMaxJobUserPart, 0), orDefault(bfMaxJobAssoc, 0),
                    SimTime.seconds(orDefault(bfMinAgeReserve, 0L)), orDefault(bfMinPrioReserve, 0L),
                    orDefault(bfJobPartCountReserve, 0), orDefault(bfMaxJobStart, 0), orDefault(bfNodeSpaceSize, 0),
                    orDefault(bfMaxJobArrayResv, BackfillLimits.DEFAULT_MAX_JOB_ARRAY_RESV));
            // Defaults: slurm.conf(5), 22.05 (see SchedulerParams.defaults()).
            Parameters p = new Parameters(orDefault(defaultQueueDepth, 100), orDefault(schedInterval, 60),
                    orDefault(bfInterval, 30), orDefault(bfResolution, 60), orDefault(bfWindow, 1440),
                    orDefault(bfMaxJobTest, 500), orDefault(batchSchedDelay, 3), orDefault(maxSwitchWait, 300),
                    // slurm.conf(5), SchedulerParameters: kill_invalid_depend is off unless named.
                    killInvalidDepend != null && killInvalidDepend, limits,
                    // slurm.conf(5), 22.05: without bf_window_linear the will-run window doubles.
                    orDefault(bfWindowLinear, 0L),
                    orDefault(builtinInterval, SchedulerParams.DEFAULT_BUILTIN_INTERVAL / SimTime.SECOND));
            InvalidFieldException.require(p.defaultQueueDepth >= 0, "default_queue_depth", "must be 0 or more");
            InvalidFieldException.require(p.schedInterval > 0, "sched_interval", "must be a positive number of seconds");
            InvalidFieldException.require(p.bfInterval > 0, "bf_interval", "must be a positive number of seconds");
            InvalidFieldException.require(p.bfResolution > 0, "bf_resolution", "must be a positive number of seconds");
            InvalidFieldException.require(p.bfWindow > 0, "bf_window", "must be a positive number of minutes");
            InvalidFieldException.require(p.bfMaxJobTest > 0, "bf_max_job_test", "must be a positive number of jobs");
            InvalidFieldException.require(p.batchSchedDelay >= 0, "batch_sched_delay", "must be 0 or more seconds");
            InvalidFieldException.require(p.maxSwitchWait >= 0, "max_switch_wait", "must be 0 or more seconds");
            InvalidFieldException.require(p.builtinInterval > 0 && p.builtinInterval <= Integer.MAX_VALUE, "interval",
                    "must be 1 to " + Integer.MAX_VALUE + " seconds between sched/builtin's queue builds (default "
                            + SchedulerParams.DEFAULT_BUILTIN_INTERVAL / SimTime.SECOND + ")");
            InvalidFieldException.require(p.bfWindowLinear >= 0 && p.bfWindowLinear <= Integer.MAX_VALUE,
                    "bf_window_linear", "must be 0 (the window doubles) to " + Integer.MAX_VALUE
                            + " seconds (slurmctld reads an int)");
            return p;
        }

        private static void noLimitOrMore(String field, Number v) {
            InvalidFieldException.require(v == null || v.longValue() >= 0, field, "must be 0 (no limit) or more");
        }

        private static int orDefault(Integer v, int d) {
            return v == null ? d : v;
        }

        private static long orDefault(Long v, long d) {
            return v == null ? d : v;
        }
    }
}
