package org.hpcsim.scenarios.slurmconf;

import java.time.Duration;
import java.util.List;

/**
 * The priority keys of slurm.conf (priority/multifactor's weights and periods); defaults are those
 * of slurm.conf(5), 22.05.
 *
 * @param type             PriorityType, lower case; default {@code priority/basic}
 * @param weightAge        PriorityWeightAge; default 0
 * @param weightFairshare  PriorityWeightFairshare; default 0
 * @param weightJobSize    PriorityWeightJobSize; default 0
 * @param weightPartition  PriorityWeightPartition; default 0
 * @param weightQos        PriorityWeightQOS; default 0
 * @param weightAssoc      PriorityWeightAssoc; default 0
 * @param weightTres       PriorityWeightTRES; default none
 * @param maxAge           PriorityMaxAge: the age that earns the whole age factor; default 7 days
 * @param decayHalfLife    PriorityDecayHalfLife; zero means no decay; default 7 days
 * @param calcPeriod       PriorityCalcPeriod; default 5 minutes
 * @param favorSmall       PriorityFavorSmall; default NO
 * @param flags            PriorityFlags in upper case, such as {@code [SMALL_RELATIVE_TO_TIME]}
 * @param usageResetPeriod PriorityUsageResetPeriod; default NONE
 * @param withSlurmdbd     AccountingStorageType is accounting_storage/slurmdbd (default
 *                         accounting_storage/none): priority/multifactor's age and fair-share
 *                         factors and its decay thread need it
 */
public record PriorityConfig(String type, long weightAge, long weightFairshare, long weightJobSize,
        long weightPartition, long weightQos, long weightAssoc, List<TresWeight> weightTres, Duration maxAge,
        Duration decayHalfLife, Duration calcPeriod, boolean favorSmall, List<String> flags,
        UsageResetPeriod usageResetPeriod, boolean withSlurmdbd) {
    /** slurm.conf(5), 22.05, PriorityType: "The default value is priority/basic". */
    public static final String DEFAULT_TYPE = "priority/basic";
    /** slurm.conf(5), 22.05, PriorityMaxAge: "The default value is 7-0 (7 days)." */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);
    /** slurm.conf(5), 22.05, PriorityDecayHalfLife: "The default value is 7-0 (7 days)." */
    public static final Duration DEFAULT_DECAY_HALF_LIFE = Duration.ofDays(7);
    /** slurm.conf(5), 22.05, PriorityCalcPeriod: "The default value is 5 (minutes)." */
    public static final Duration DEFAULT_CALC_PERIOD = Duration.ofMinutes(5);
    /** slurm.conf(5), 22.05, AccountingStorageType: the plugin slurm_with_slurmdbd() looks for. */
    public static final String SLURMDBD = "accounting_storage/slurmdbd";

    /** Copies the lists so the record stays immutable. */
    public PriorityConfig {
        weightTres = List.copyOf(weightTres);
        flags = List.copyOf(flags);
    }
}
