package org.hpcsim.models.slurm.priority;

import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.root;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.hpcsim.core.SimTime;
import org.junit.jupiter.api.Test;

class CalcPeriodDriverTest {
    private static final long PERIOD = MultifactorConfig.DEFAULT_CALC_PERIOD;
    private static final long HALF_LIFE = HalfLifeDecay.DEFAULT_HALF_LIFE;

    private final AssociationTree tree = AssociationTree.of(root(account("a", 1, user("x"), user("y")),
            account("b", 1, user("z"))));
    private final int x = tree.userAssociation("a", "x");
    private final int y = tree.userAssociation("a", "y");
    private final int z = tree.userAssociation("b", "z");
    private final int a = tree.accountAssociation("a");

    @Test
    void shouldHalveUsageOverOneHalfLifeWithSlurmsLinearisedFactor() {
        HalfLifeDecay decay = new HalfLifeDecay(HALF_LIFE);
        double h = SimTime.toSeconds(HALF_LIFE);
        assertEquals(Math.pow(1 - 0.693 / h, h), decay.over(HALF_LIFE), 1e-15);
        assertEquals(0.5, decay.over(HALF_LIFE), 1e-4);

        CalcPeriodDriver driver = new CalcPeriodDriver(tree, MultifactorConfig.defaults().withChargeFinalInterval(true));
        driver.recalculate(0);
        driver.jobStarted(1, "a", "x", 0, 8);
        driver.jobEnded(1, SimTime.HOUR);
        double before = driver.rawUsage(x);
        driver.recalculate(SimTime.HOUR);
        driver.recalculate(SimTime.HOUR + HALF_LIFE);
        assertEquals(before * decay.over(SimTime.HOUR) * decay.over(HALF_LIFE), driver.rawUsage(x), 1e-9);
        assertEquals(0.5, driver.rawUsage(x) / (before * decay.over(SimTime.HOUR)), 1e-4);
    }

    @Test
    void shouldNotDecayWithAZeroHalfLife() {
        CalcPeriodDriver driver = new CalcPeriodDriver(tree, MultifactorConfig.defaults().withDecayHalfLife(0));
        driver.recalculate(0);
        driver.jobStarted(1, x, 0, 4);
        for (long t = PERIOD; t <= 12 * PERIOD; t += PERIOD) {
            driver.recalculate(t);
        }
        assertEquals(4 * 12 * 300.0, driver.rawUsage(x), 1e-9);
        driver.recalculate(SimTime.seconds(86_400 * 365L));
        assertEquals(4 * (86_400 * 365.0), driver.rawUsage(x), 1e-6);
    }

    @Test
    void shouldChargeRunningJobsAtEachPassForTheIntervalWeightedByItsDecay() {
        CalcPeriodDriver driver = new CalcPeriodDriver(tree, MultifactorConfig.defaults());
        HalfLifeDecay decay = new HalfLifeDecay(HALF_LIFE);
        driver.recalculate(0);
        driver.jobStarted(1, x, SimTime.seconds(100), 16);
        assertEquals(0.0, driver.rawUsage(x));
        driver.recalculate(PERIOD);
        double first = 16 * 200 * decay.over(SimTime.seconds(200));
        assertEquals(first, driver.rawUsage(x), 1e-9);
        assertEquals(first, driver.rawUsage(a), 1e-9);
        assertEquals(first, driver.rawUsage(0), 1e-9);
        driver.recalculate(2 * PERIOD);
        double second = first * decay.periodFactor(PERIOD) + 16 * 300 * decay.over(PERIOD);
        assertEquals(second, driver.rawUsage(x), 1e-9);
        assertEquals(0.0, driver.rawUsage(z));
    }

    @Test
    void shouldChargeTheLastPartialIntervalOnlyWhenLimitsAreEnforced() {
        for (boolean enforce : new boolean[] {false, true}) {
            CalcPeriodDriver driver = new CalcPeriodDriver(tree,
                    MultifactorConfig.defaults().withDecayHalfLife(0).withChargeFinalInterval(enforce));
            driver.recalculate(0);
            driver.jobStarted(7, y, 0, 2);
            driver.recalculate(PERIOD);
            driver.jobEnded(7, PERIOD + SimTime.seconds(100));
            driver.recalculate(2 * PERIOD);
            driver.recalculate(3 * PERIOD);
            assertEquals(enforce ? 2 * 400.0 : 2 * 300.0, driver.rawUsage(y), 1e-9, "enforce=" + enforce);
            assertEquals(0, driver.runningJobs());
        }
    }

    @Test
    void shouldChargeNothingForAJobBetweenPassesWithoutLimitsEnforced() {
        CalcPeriodDriver driver = new CalcPeriodDriver(tree, MultifactorConfig.defaults());
        driver.recalculate(0);
        driver.jobStarted(1, x, SimTime.seconds(10), 32);
        driver.jobEnded(1, SimTime.seconds(290));
        driver.recalculate(PERIOD);
        assertEquals(0.0, driver.rawUsage(x));
    }

    @Test
    void shouldKeepFactorsFixedBetweenPasses() {
        CalcPeriodDriver driver = new CalcPeriodDriver(tree, MultifactorConfig.defaults().withChargeFinalInterval(true));
        assertEquals(0.0, driver.fairShareFactor(x), "no pass yet");
        driver.recalculate(0);
        assertEquals(1.0, driver.fairShareFactor(x));
        driver.jobStarted(1, x, 0, 8);
        driver.jobEnded(1, SimTime.seconds(60));
        assertTrue(driver.rawUsage(x) > 0);
        assertEquals(1.0, driver.fairShareFactor(x), "usage moved, factors did not");
        driver.recalculate(PERIOD);
        assertTrue(driver.fairShareFactor(x) < 1.0);
        assertEquals(1.0, driver.fairShareFactor("b", "z"));
        assertEquals(PERIOD + PERIOD, driver.nextDueNanos(PERIOD + 1));
    }

    @Test
    void shouldSkipRunningJobsOnTheFirstClassicPassAsSlurmDoes() {
        MultifactorConfig classic = MultifactorConfig.defaults().withFlags(Set.of(PriorityFlag.NO_FAIR_TREE))
                .withDecayHalfLife(0);
        CalcPeriodDriver driver = new CalcPeriodDriver(tree, classic);
        driver.jobStarted(1, x, 0, 1);
        driver.recalculate(SimTime.seconds(60));
        assertEquals(0.0, driver.rawUsage(x));
        driver.recalculate(SimTime.seconds(60) + PERIOD);
        assertEquals(300.0, driver.rawUsage(x), 1e-9);

        CalcPeriodDriver fairTree = new CalcPeriodDriver(tree, MultifactorConfig.defaults().withDecayHalfLife(0));
        fairTree.jobStarted(1, x, 0, 1);
        fairTree.recalculate(SimTime.seconds(60));
        assertEquals(60.0, fairTree.rawUsage(x), 1e-9);
    }

    @Test
    void shouldRejectMisuse() {
        CalcPeriodDriver driver = new CalcPeriodDriver(tree, MultifactorConfig.defaults());
        assertThrows(IllegalArgumentException.class, () -> driver.jobStarted(1, a, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> driver.jobEnded(9, 0));
        driver.jobStarted(1, x, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> driver.jobStarted(1, y, 0, 1));
        driver.recalculate(PERIOD);
        assertThrows(IllegalArgumentException.class, () -> driver.recalculate(0));
        assertThrows(IllegalArgumentException.class, () -> new HalfLifeDecay(SimTime.SECOND / 2));
    }
}
