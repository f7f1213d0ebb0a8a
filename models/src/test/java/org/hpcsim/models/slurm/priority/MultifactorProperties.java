package org.hpcsim.models.slurm.priority;

import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.root;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hpcsim.core.SimTime;

/** Ranges of the multifactor factors and determinism of the calc-period driver. */
class MultifactorProperties {
    private static final AssociationTree TREE = AssociationTree.of(root(account("a", 3, user("x"), user("y", 2)),
            account("b", 1, user("z")))).withFallback("b", "z");
    private static final String[][] USERS = {{"a", "x"}, {"a", "y"}, {"b", "z"}, {"nobody", "ghost"}};

    @Provide
    Arbitrary<Long> limits() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 30 * 24 * SimTime.HOUR), Arbitraries.just(PriorityJob.UNLIMITED));
    }

    @Provide
    Arbitrary<List<int[]>> events() {
        // {user pick, gap before the start in s, cpus}
        return Arbitraries.integers().between(0, 3600).array(int[].class).ofSize(3).list().ofMaxSize(30);
    }

    @Property
    void shouldKeepEveryFactorInZeroToOneAndThePriorityInUint32(@ForAll @IntRange(min = 1, max = 64) int clusterNodes,
            @ForAll @IntRange(min = 1, max = 128) int cpusPerNode, @ForAll @IntRange(min = 1, max = 200) int nodes,
            @ForAll @IntRange(min = 0, max = 20_000) int cpus, @ForAll("limits") long limit,
            @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long eligibleS,
            @ForAll @LongRange(min = 0, max = 30_000_000) long nowS, @ForAll @LongRange(min = 0, max = 2_000_000) long maxAgeS,
            @ForAll boolean favorSmall, @ForAll boolean relative, @ForAll boolean classic,
            @ForAll @IntRange(min = 0, max = 3) int who, @ForAll @IntRange(min = -5000, max = 5000) int nice) {
        Set<PriorityFlag> flags = EnumSet.noneOf(PriorityFlag.class);
        if (relative) {
            flags.add(PriorityFlag.SMALL_RELATIVE_TO_TIME);
        }
        if (classic) {
            flags.add(PriorityFlag.NO_FAIR_TREE);
        }
        MultifactorConfig config = MultifactorConfig.defaults().withFlags(flags).withFavorSmall(favorSmall)
                .withMaxAge(SimTime.seconds(maxAgeS))
                .withWeights(MultifactorWeights.of(1000, 1000, 10_000, 1000, 1000, 1000));
        CalcPeriodDriver driver = new CalcPeriodDriver(TREE, config);
        driver.jobStarted(1, "a", "x", 0, 4);
        driver.recalculate(0);
        driver.recalculate(SimTime.HOUR);
        MultifactorPriority calc = new MultifactorPriority(config, clusterNodes, clusterNodes * cpusPerNode, driver);
        PriorityJob job = PriorityJob.of(SimTime.seconds(eligibleS), nodes, cpus, limit, USERS[who][0], USERS[who][1])
                .withNice(nice).withPartitionAndQos(0.5, 1.0);
        PriorityFactors f = calc.factors(job, SimTime.seconds(nowS));
        for (double v : new double[] {f.age(), f.assoc(), f.fairshare(), f.jobSize(), f.partition(), f.qos()}) {
            assertTrue(v >= 0 && v <= 1, f.toString());
        }
        long p = calc.priority(job, SimTime.seconds(nowS));
        assertTrue(p >= 1 && p <= MultifactorPriority.MAX_PRIORITY, "priority " + p);
    }

    @Property
    void shouldReplayTheSameEventsToBitIdenticalFactors(@ForAll("events") List<int[]> events, @ForAll boolean classic) {
        MultifactorConfig config = classic ? MultifactorConfig.defaults().withFlags(Set.of(PriorityFlag.NO_FAIR_TREE))
                : MultifactorConfig.defaults().withChargeFinalInterval(true);
        assertArrayEquals(replay(events, config), replay(events, config));
    }

    /** Starts each job at its offset, runs a pass every calc period, ends jobs in order; returns factor and usage bits. */
    private static long[] replay(List<int[]> events, MultifactorConfig config) {
        CalcPeriodDriver driver = new CalcPeriodDriver(TREE, config);
        long period = config.calcPeriodNanos();
        long t = 0;
        driver.recalculate(0);
        for (int i = 0; i < events.size(); i++) {
            int[] e = events.get(i);
            long start = t + SimTime.seconds(e[1]);
            while (driver.nextDueNanos(start) <= start) {
                driver.recalculate(driver.nextDueNanos(start));
            }
            driver.jobStarted(i, USERS[e[0] % 4][0], USERS[e[0] % 4][1], start, e[2] % 64);
            if (i % 2 == 1) {
                driver.jobEnded(i - 1, start);
            }
            t = start;
        }
        driver.recalculate(driver.nextDueNanos(t) + period);
        long[] out = new long[2 * TREE.size()];
        for (int id = 0; id < TREE.size(); id++) {
            out[2 * id] = Double.doubleToRawLongBits(driver.fairShareFactor(id));
            out[2 * id + 1] = Double.doubleToRawLongBits(driver.rawUsage(id));
        }
        return out;
    }
}
