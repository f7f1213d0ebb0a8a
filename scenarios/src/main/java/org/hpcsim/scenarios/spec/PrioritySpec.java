package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.MultifactorSetup;
import org.hpcsim.models.slurm.priority.AssociationSpec;
import org.hpcsim.models.slurm.priority.AssociationTree;
import org.hpcsim.models.slurm.priority.HalfLifeDecay;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.slurm.priority.PriorityFlag;

/**
 * Job priority under policy slurm ({@code scheduler.slurm.priority}): slurm.conf's PriorityType
 * and, for priority/multifactor, its weights, times and fair-share algorithm, with the association
 * tree (sacctmgr's accounts and users) fair-share is computed over. Times are nanoseconds, whole
 * minutes as Slurm keeps them.
 *
 * @param multifactor   PriorityType: true for priority/multifactor, false for priority/basic (the
 *                      default: first in, first out), which takes no other setting
 * @param weights       PriorityWeight*: age, assoc, fairshare, jobSize, partition, qos (no TRES)
 * @param maxAge        PriorityMaxAge
 * @param decayHalfLife PriorityDecayHalfLife, above 0
 * @param calcPeriod    PriorityCalcPeriod, at least a minute
 * @param favorSmall    PriorityFavorSmall
 * @param fairTree      Fair Tree (the default) or, when false, the classic algorithm (NO_FAIR_TREE)
 * @param accounts      the top-level accounts of the tree, or null for none (every job then has
 *                      fair-share factor 0); within an account its users come before its sub-accounts
 */
public record PrioritySpec(boolean multifactor, MultifactorWeights weights, long maxAge, long decayHalfLife,
                           long calcPeriod, boolean favorSmall, boolean fairTree, List<AssociationSpec> accounts) {
    /** priority/basic. */
    public static final PrioritySpec BASIC = new PrioritySpec(false, MultifactorWeights.none(),
            MultifactorConfig.DEFAULT_MAX_AGE, HalfLifeDecay.DEFAULT_HALF_LIFE, MultifactorConfig.DEFAULT_CALC_PERIOD,
            false, true, null);

    /** Validates the settings and lists each account's users before its sub-accounts. */
    public PrioritySpec {
        InvalidFieldException.require(weights != null, "weights",
                "takes age, assoc, fairshare, jobSize, partition, qos and tres");
        InvalidFieldException.require(weights.assoc() == 0, "weights.assoc",
                "must be 0: association priorities are not modelled yet, so every job's assoc factor is 0");
        InvalidFieldException.require(maxAge >= 0, "maxAge", "must be 0 or more, got " + maxAge + " ns");
        // read_config.c: without a PriorityUsageResetPeriod (only NONE is modelled) a half-life of 0 is an error.
        InvalidFieldException.require(decayHalfLife > 0, "decayHalfLife", "must be more than 0 (slurmctld refuses"
                + " PriorityDecayHalfLife=0 without a PriorityUsageResetPeriod, not modelled)");
        // read_config.c: "Bad value" for a PriorityCalcPeriod under one minute.
        InvalidFieldException.require(calcPeriod >= SimTime.MINUTE, "calcPeriod",
                "must be at least 1 minute, got " + calcPeriod / SimTime.MINUTE);
        wholeMinutes("maxAge", maxAge);
        wholeMinutes("decayHalfLife", decayHalfLife);
        wholeMinutes("calcPeriod", calcPeriod);
        if (accounts != null) {
            accounts = usersFirst(accounts);
            for (AssociationSpec a : accounts) {
                InvalidFieldException.require(!a.isUser(), "accounts", "the top level holds accounts, not user " + a.name());
            }
            try {
                AssociationTree.of(AssociationSpec.root(accounts.toArray(AssociationSpec[]::new)));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new InvalidFieldException("accounts", e instanceof ArithmeticException
                        ? "shares of one level add up past 2^31-1" : e.getMessage());
            }
        }
        InvalidFieldException.require(multifactor || equalsBasic(weights, maxAge, decayHalfLife, calcPeriod,
                favorSmall, fairTree, accounts), "type", "basic takes no other setting (they are priority/multifactor's)");
    }

    /** priority/multifactor's setup for the controller, or null under priority/basic. */
    public MultifactorSetup setup() {
        if (!multifactor) {
            return null;
        }
        MultifactorConfig config = MultifactorConfig.defaults().withWeights(weights).withMaxAge(maxAge)
                .withDecayHalfLife(decayHalfLife).withCalcPeriod(calcPeriod).withFavorSmall(favorSmall)
                .withFlags(fairTree ? Set.of() : Set.of(PriorityFlag.NO_FAIR_TREE));
        return new MultifactorSetup(config, accounts == null ? null : withRootUser(accounts));
    }

    /**
     * The tree sacctmgr keeps: {@code sacctmgr add cluster} gives the root account a user
     * association root/root of one share (as_mysql_cluster.c, "Add user root by default"), which
     * runs no job here, so Fair Tree ranks it first (no usage) and counts it among the users, and
     * the classic formula counts its share among the top level's.
     */
    private static AssociationSpec withRootUser(List<AssociationSpec> accounts) {
        List<AssociationSpec> top = new ArrayList<>(accounts.size() + 1);
        top.add(AssociationSpec.user(AssociationSpec.ROOT));
        top.addAll(accounts);
        return AssociationSpec.root(top.toArray(AssociationSpec[]::new));
    }

    private static boolean equalsBasic(MultifactorWeights w, long maxAge, long halfLife, long period, boolean small,
                                       boolean fairTree, List<AssociationSpec> accounts) {
        return w.equals(MultifactorWeights.none()) && maxAge == MultifactorConfig.DEFAULT_MAX_AGE
                && halfLife == HalfLifeDecay.DEFAULT_HALF_LIFE && period == MultifactorConfig.DEFAULT_CALC_PERIOD
                && !small && fairTree && accounts == null;
    }

    private static void wholeMinutes(String field, long nanos) {
        // read_config.c reads all three with time_str2mins (seconds rounded up) and multiplies by 60.
        InvalidFieldException.require(nanos % SimTime.MINUTE == 0, field,
                "must be whole minutes, as slurmctld keeps it, got " + nanos + " ns");
    }

    /** Users before sub-accounts at every level, in their given order otherwise (the file's shape). */
    private static List<AssociationSpec> usersFirst(List<AssociationSpec> level) {
        List<AssociationSpec> out = new ArrayList<>(level.size());
        for (AssociationSpec a : level) {
            if (a.isUser()) {
                out.add(a);
            }
        }
        for (AssociationSpec a : level) {
            if (!a.isUser()) {
                out.add(new AssociationSpec(a.name(), false, a.shares(), usersFirst(a.children())));
            }
        }
        return List.copyOf(out);
    }

    @JsonCreator
    static PrioritySpec fromFile(@JsonProperty("type") String type,
                                 @JsonProperty("weights") PriorityWeightsEntry weights,
                                 @JsonProperty("maxAge") String maxAge,
                                 @JsonProperty("decayHalfLife") String decayHalfLife,
                                 @JsonProperty("calcPeriod") String calcPeriod,
                                 @JsonProperty("favorSmall") Boolean favorSmall,
                                 @JsonProperty("fairTree") Boolean fairTree,
                                 @JsonProperty("accounts") List<AccountEntry> accounts) {
        if (!multifactor(type)) {
            onlyForMultifactor("weights", weights);
            onlyForMultifactor("maxAge", maxAge);
            onlyForMultifactor("decayHalfLife", decayHalfLife);
            onlyForMultifactor("calcPeriod", calcPeriod);
            onlyForMultifactor("favorSmall", favorSmall);
            onlyForMultifactor("fairTree", fairTree);
            onlyForMultifactor("accounts", accounts);
            return BASIC;
        }
        // Defaults: slurm.conf(5), 22.05 (see MultifactorConfig.defaults()).
        return new PrioritySpec(true, weights == null ? MultifactorWeights.none() : weights.weights(),
                SlurmTimes.minutes("maxAge", maxAge, MultifactorConfig.DEFAULT_MAX_AGE),
                SlurmTimes.minutes("decayHalfLife", decayHalfLife, HalfLifeDecay.DEFAULT_HALF_LIFE),
                SlurmTimes.minutes("calcPeriod", calcPeriod, MultifactorConfig.DEFAULT_CALC_PERIOD),
                favorSmall != null && favorSmall, fairTree == null || fairTree,
                accounts == null ? null : accounts.stream().map(AccountEntry::spec).toList());
    }

    private static boolean multifactor(String word) {
        if (word == null) {
            return false;
        }
        switch (word.toLowerCase(Locale.ROOT).replace("priority/", "")) {
            case "basic":
                return false;
            case "multifactor":
                return true;
            default:
                throw new InvalidFieldException("type", "unknown type '" + word + "' (allowed: basic, multifactor)");
        }
    }

    private static void onlyForMultifactor(String field, Object value) {
        InvalidFieldException.require(value == null, field, "is only for type multifactor (priority/basic has no "
                + "settings)");
    }
}
