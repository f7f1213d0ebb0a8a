package org.hpcsim.scenarios.slurmconf;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The cluster-wide keys: those the importer types are kept (the last one written wins, as in
 * slurmctld, which warns "specified more than once, latest value used"), every other one is
 * recorded as ignored; internal to the reader.
 */
final class GlobalKeys {
    private static final Set<String> TYPED = Set.of("clustername", "schedulertype", "schedulerparameters",
            "selecttype", "selecttypeparameters", "prioritytype", "priorityweightage", "priorityweightfairshare",
            "priorityweightjobsize", "priorityweightpartition", "priorityweightqos", "priorityweightassoc",
            "priorityweighttres", "prioritymaxage", "prioritydecayhalflife", "prioritycalcperiod",
            "priorityfavorsmall", "priorityflags", "priorityusageresetperiod", "preempttype", "preemptmode",
            "preemptexempttime", "overtimelimit", "topologyplugin", "grestypes", "defmempercpu", "maxmempercpu",
            "maxmempernode", "maxjobcount", "killwait", "minjobage", "suspendtime", "suspendtimeout", "resumerate",
            "jobsubmitplugins", "defcpupergpu", "jobrequeue", "accountingstoragetype");
    /** slurm.conf(5), 22.05: KillWait and OverTimeLimit "may not exceed 65533". */
    private static final int MAX_16_BIT = 65_533;
    /** Slurm keeps the priority weights in 32 bits. */
    private static final long MAX_WEIGHT = 4_294_967_295L;
    /** slurm.conf(5), 22.05, TopologyPlugin: topology/none is the "default for other systems". */
    static final String DEFAULT_TOPOLOGY_PLUGIN = "topology/none";

    private final Map<String, ConfPair> keys = new HashMap<>();
    private final List<IgnoredKey> ignored;

    GlobalKeys(List<IgnoredKey> ignored) {
        this.ignored = ignored;
    }

    void add(ConfPair p) {
        if (TYPED.contains(p.lowerKey())) {
            keys.put(p.lowerKey(), p);
        } else {
            ignored.add(new IgnoredKey(p.key(), IgnoredKey.GLOBAL, p.at()));
        }
    }

    Optional<String> clusterName() {
        return Optional.ofNullable(keys.get("clustername")).map(ConfPair::value);
    }

    String topologyPlugin() {
        return plugin("topologyplugin", DEFAULT_TOPOLOGY_PLUGIN);
    }

    List<String> gresTypes() {
        return get("grestypes", ConfValues::list, List.of());
    }

    SchedulingConfig scheduling() {
        return new SchedulingConfig(plugin("schedulertype", SchedulingConfig.DEFAULT_SCHEDULER_TYPE),
                get("schedulerparameters", GlobalKeys::schedulerParameters, SchedulerParameters.NONE),
                plugin("selecttype", SchedulingConfig.DEFAULT_SELECT_TYPE),
                get("selecttypeparameters", SelectTypeParameters::read, List.of()),
                (int) number("maxjobcount", SchedulingConfig.DEFAULT_MAX_JOB_COUNT, 1, Integer.MAX_VALUE),
                (int) number("killwait", SchedulingConfig.DEFAULT_KILL_WAIT_S, 0, MAX_16_BIT),
                (int) number("minjobage", SchedulingConfig.DEFAULT_MIN_JOB_AGE_S, 0, Integer.MAX_VALUE),
                // slurm.conf(5), 22.05, OverTimeLimit: minutes, "The default value is zero."
                get("overtimelimit", p -> ConfValues.minutesOrUnlimited(p, MAX_16_BIT), TimeLimit.of(Duration.ZERO)),
                // slurm.conf(5), 22.05, DefMemPerCPU: "The default value is 0 (unlimited)."
                get("defmempercpu", ConfValues::megabytes, 0L),
                megabytes("maxmempercpu"), megabytes("maxmempernode"),
                // slurm.conf(5), 22.05, DefCpuPerGPU: no default (unset: no CPUs per GPU).
                (int) number("defcpupergpu", 0, 0, Integer.MAX_VALUE));
    }

    private OptionalLong megabytes(String key) {
        ConfPair p = keys.get(key);
        return p == null ? OptionalLong.empty() : OptionalLong.of(ConfValues.megabytes(p));
    }

    PriorityConfig priority() {
        return new PriorityConfig(plugin("prioritytype", PriorityConfig.DEFAULT_TYPE),
                weight("priorityweightage"), weight("priorityweightfairshare"), weight("priorityweightjobsize"),
                weight("priorityweightpartition"), weight("priorityweightqos"), weight("priorityweightassoc"),
                get("priorityweighttres", GlobalKeys::tresWeights, List.of()),
                get("prioritymaxage", ConfValues::finiteTime, PriorityConfig.DEFAULT_MAX_AGE),
                get("prioritydecayhalflife", ConfValues::finiteTime, PriorityConfig.DEFAULT_DECAY_HALF_LIFE),
                get("prioritycalcperiod", GlobalKeys::calcPeriod, PriorityConfig.DEFAULT_CALC_PERIOD),
                get("priorityfavorsmall", ConfValues::yesNo, false),
                get("priorityflags", p -> ConfValues.list(p).stream().map(GlobalKeys::upper).toList(), List.of()),
                get("priorityusageresetperiod", p -> ConfValues.word(p, UsageResetPeriod.class), UsageResetPeriod.NONE),
                // slurm.conf(5), 22.05, AccountingStorageType: "The default value is accounting_storage/none".
                plugin("accountingstoragetype", "accounting_storage/none").equals(PriorityConfig.SLURMDBD));
    }

    PreemptionConfig preemption() {
        return new PreemptionConfig(plugin("preempttype", PreemptionConfig.DEFAULT_TYPE),
                get("preemptmode", GlobalKeys::preemptMode, EnumSet.of(PreemptMode.OFF)),
                get("preemptexempttime", ConfValues::timeOrOff, Duration.ZERO),
                // slurm.conf(5), 22.05, JobRequeue: 0 or 1, "The default value is 1."; read_config.c
                // reads a 16-bit number and takes anything above 1 as 1.
                number("jobrequeue", 1, 0, 65_535) >= 1);
    }

    PowerConfig power() {
        return new PowerConfig(get("suspendtime", GlobalKeys::suspendTime, PowerConfig.OFF),
                number("suspendtimeout", PowerConfig.DEFAULT_SUSPEND_TIMEOUT, 0, MAX_16_BIT),
                // power_save.c refuses a rate above MAX_NODE_RATE ("selected suspend/resume rate exceeds maximum").
                (int) number("resumerate", PowerConfig.DEFAULT_RESUME_RATE, 0, PowerConfig.MAX_RESUME_RATE));
    }

    /** JobSubmitPlugins, lower case, without their "job_submit/" prefix (slurm.conf(5) allows either). */
    List<String> jobSubmitPlugins() {
        return get("jobsubmitplugins", p -> ConfValues.list(p).stream()
                .map(v -> v.toLowerCase(Locale.ROOT).replaceFirst("^job_submit/", "")).toList(), List.of());
    }

    // slurm.conf(5): SuspendTime is seconds, -1 (the default) disables power saving; NONE and INFINITE do too.
    /** read_config.c (22.05): the cluster-wide PreemptMode=SUSPEND "requires GANG too". */
    private static Set<PreemptMode> preemptMode(ConfPair p) {
        Set<PreemptMode> modes = PreemptMode.parse(p);
        if (modes.contains(PreemptMode.SUSPEND) && !modes.contains(PreemptMode.GANG)) {
            throw p.bad("lacks GANG (slurmctld: \"PreemptMode=SUSPEND requires GANG too\")", "SUSPEND,GANG");
        }
        return modes;
    }

    private static long suspendTime(ConfPair p) {
        String v = p.value().trim().toUpperCase(Locale.ROOT);
        if (v.equals("NONE") || v.equals("INFINITE")) {
            return PowerConfig.OFF;
        }
        return ConfValues.number(p, -1, Integer.MAX_VALUE);
    }

    private <T> T get(String key, Function<ConfPair, T> read, T fallback) {
        ConfPair p = keys.get(key);
        return p == null ? fallback : read.apply(p);
    }

    private String plugin(String key, String fallback) {
        return get(key, p -> p.value().toLowerCase(Locale.ROOT), fallback);
    }

    private long number(String key, long fallback, long min, long max) {
        return get(key, p -> ConfValues.number(p, min, max), fallback);
    }

    /** slurm.conf(5), 22.05: every PriorityWeight* "The default value is 0". */
    private long weight(String key) {
        return number(key, 0, 0, MAX_WEIGHT);
    }

    /** PriorityCalcPeriod: whole minutes, at least one (read_config.c: "Bad value" for 0). */
    private static Duration calcPeriod(ConfPair p) {
        Duration d = ConfValues.finiteTime(p);
        long minutes = (d.getSeconds() + 59) / 60;
        if (minutes < 1) {
            throw p.bad("is no period", "at least 1 minute");
        }
        return Duration.ofMinutes(minutes);
    }

    private static SchedulerParameters schedulerParameters(ConfPair p) {
        try {
            return SchedulerParameters.parse(p.value());
        } catch (IllegalArgumentException e) {
            throw p.at().error(p.key() + " " + e.getMessage().replace(")", "; slurm.conf(5))"));
        }
    }

    private static List<TresWeight> tresWeights(ConfPair p) {
        try {
            return TresWeight.parseList(p.value());
        } catch (IllegalArgumentException e) {
            throw p.bad(e.getMessage(), "TYPE=weight items, comma-separated, such as CPU=1000,Mem=2000,GRES/gpu=3000");
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
