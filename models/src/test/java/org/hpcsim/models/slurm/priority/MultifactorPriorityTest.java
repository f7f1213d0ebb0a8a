package org.hpcsim.models.slurm.priority;

import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.root;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeMap;
import org.hpcsim.core.SimTime;
import org.junit.jupiter.api.Test;

class MultifactorPriorityTest {
    private static final long DAY = 24 * SimTime.HOUR;
    private final AssociationTree tree = AssociationTree.of(root(account("a", 1, user("x"), user("y"))));

    private MultifactorPriority calculator(MultifactorConfig config, int nodes, int cpus) {
        CalcPeriodDriver driver = new CalcPeriodDriver(tree, config);
        driver.recalculate(0);
        return new MultifactorPriority(config, nodes, cpus, driver);
    }

    @Test
    void shouldGrowAgeLinearlyAndCapItAtPriorityMaxAge() {
        long maxAge = MultifactorConfig.DEFAULT_MAX_AGE;
        assertEquals(7 * DAY, maxAge);
        assertEquals(0.0, MultifactorPriority.age(DAY, 0, maxAge), "not yet eligible");
        assertEquals(0.5, MultifactorPriority.age(DAY, DAY + maxAge / 2, maxAge));
        assertEquals(1.0, MultifactorPriority.age(DAY, DAY + maxAge, maxAge));
        assertEquals(1.0, MultifactorPriority.age(DAY, DAY + 30 * maxAge, maxAge));
        assertEquals(1.0, MultifactorPriority.age(DAY, 0, 0), "PriorityMaxAge=0 gives every job the full factor");
        assertEquals(1.0, MultifactorPriority.age(Long.MIN_VALUE, Long.MAX_VALUE, maxAge), "no overflow");

        MultifactorConfig c = MultifactorConfig.defaults().withWeights(MultifactorWeights.of(1000, 0, 0, 0, 0, 0));
        MultifactorPriority p = calculator(c, 10, 100);
        PriorityJob job = PriorityJob.of(0, 1, 1, SimTime.HOUR, "a", "x");
        assertEquals(500, p.priority(job, maxAge / 2));
        assertEquals(1000, p.priority(job, 3 * maxAge));
    }

    @Test
    void shouldFavourSmallJobsWhenAsked() {
        // 10 nodes, 100 CPUs: a 1-node 10-CPU job gets ((10-1)/10 + (100-10)/100) / 2 = 0.9
        assertEquals(0.9, JobSizeFactor.of(1, 10, SimTime.HOUR, 10, 100, true, false), 1e-12);
        assertEquals(0.0, JobSizeFactor.of(10, 100, SimTime.HOUR, 10, 100, true, false));
        assertEquals(0.1, JobSizeFactor.of(1, 10, SimTime.HOUR, 10, 100, false, false), 1e-12);
        assertEquals(1.0, JobSizeFactor.of(10, 100, SimTime.HOUR, 10, 100, false, false));
        assertEquals(0.1, JobSizeFactor.of(1, 0, SimTime.HOUR, 10, 100, false, false), 1e-12, "CPUs unknown");
        for (int n = 1; n < 10; n++) {
            assertTrue(JobSizeFactor.of(n, 10 * n, SimTime.HOUR, 10, 100, true, false)
                    > JobSizeFactor.of(n + 1, 10 * (n + 1), SimTime.HOUR, 10, 100, true, false));
        }
    }

    @Test
    void shouldDivideSizeByTimeLimitWithSmallRelativeToTime() {
        // priority_multifactor.html: a full-system job with a one-minute limit gets 1.0
        assertEquals(1.0, JobSizeFactor.of(10, 100, SimTime.MINUTE, 10, 100, false, true));
        assertEquals(0.0, JobSizeFactor.of(10, 100, SimTime.MINUTE, 10, 100, true, true));
        // one node = 10 CPUs of 100, 60-minute limit: 10 / 60 / 100
        assertEquals(10.0 / 60 / 100, JobSizeFactor.of(1, 4, SimTime.HOUR, 10, 100, false, true), 1e-15);
        // limits round up to whole minutes
        assertEquals(JobSizeFactor.of(1, 40, 2 * SimTime.MINUTE, 10, 100, false, true),
                JobSizeFactor.of(1, 40, SimTime.MINUTE + 1, 10, 100, false, true));
        assertTrue(JobSizeFactor.of(10, 100, PriorityJob.UNLIMITED, 10, 100, false, true) < 1e-9);
    }

    /** priority_multifactor.html: PriorityJobFactor 20 and 10 with PriorityWeightPartition=5000 give 5000 and 2500. */
    @Test
    void shouldNormalisePartitionFactorsByTheHighest() {
        MultifactorConfig c = MultifactorConfig.defaults().withWeights(MultifactorWeights.of(0, 0, 0, 0, 5000, 0));
        MultifactorPriority p = calculator(c, 10, 100);
        PriorityJob job = PriorityJob.of(0, 1, 1, SimTime.HOUR, "a", "x");
        assertEquals(5000, p.priority(job.withPartitionAndQos(PriorityJob.normalised(20, 20), 0), 0));
        assertEquals(2500, p.priority(job.withPartitionAndQos(PriorityJob.normalised(10, 20), 0), 0));
    }

    @Test
    void shouldTruncateFloorAtOneAndCapAtUint32() {
        MultifactorWeights w = MultifactorWeights.of(1000, 0, 0, 0, 0, 0);
        assertEquals(1234, MultifactorPriority.combine(w, ageNiceSite(1.2349, 0, 0)));
        assertEquals(1, MultifactorPriority.combine(w, ageNiceSite(0, 0, 0)), "0 is reserved for held jobs");
        assertEquals(1, MultifactorPriority.combine(w, ageNiceSite(0.5, 600, 0)), "nice pushes below 1");
        assertEquals(1500, MultifactorPriority.combine(w, ageNiceSite(1.0, 0, 500)), "site adds");
        assertEquals(900, MultifactorPriority.combine(w, ageNiceSite(1.0, 100, 0)), "nice subtracts");
        assertEquals(1100, MultifactorPriority.combine(w, ageNiceSite(1.0, -100, 0)), "negative nice adds");
        MultifactorWeights max = MultifactorWeights.of(MultifactorWeights.MAX_WEIGHT, MultifactorWeights.MAX_WEIGHT, 0, 0,
                0, 0);
        assertEquals(MultifactorPriority.MAX_PRIORITY, MultifactorPriority.combine(max,
                new PriorityFactors(1, 1, 0, 0, 0, 0, new TreeMap<>(), 0, 0)));
    }

    private static PriorityFactors ageNiceSite(double age, int nice, int site) {
        return new PriorityFactors(age, 0, 0, 0, 0, 0, new TreeMap<>(), nice, site);
    }

    @Test
    void shouldAddWeightedTresFactors() {
        TreeMap<String, Double> weights = new TreeMap<>();
        weights.put("cpu", 1000.0);
        weights.put("gres/gpu", -200.0);
        MultifactorWeights w = MultifactorWeights.none().withTres(weights);
        TreeMap<String, Double> tres = new TreeMap<>();
        tres.put("cpu", 0.5);
        tres.put("gres/gpu", 1.0);
        tres.put("mem", 0.9);
        assertEquals(300, MultifactorPriority.combine(w, new PriorityFactors(0, 0, 0, 0, 0, 0, tres, 0, 0)));
    }

    @Test
    void shouldRankTheLessServedUserHigherThroughTheFairShareWeight() {
        MultifactorConfig c = MultifactorConfig.defaults().withWeights(MultifactorWeights.of(0, 0, 10_000, 0, 0, 0))
                .withFlags(Set.of());
        CalcPeriodDriver driver = new CalcPeriodDriver(tree, c);
        driver.recalculate(0);
        driver.jobStarted(1, "a", "x", 0, 64);
        driver.recalculate(MultifactorConfig.DEFAULT_CALC_PERIOD);
        MultifactorPriority p = new MultifactorPriority(c, 4, 64, driver);
        long heavy = p.priority(PriorityJob.of(0, 1, 1, SimTime.HOUR, "a", "x"), SimTime.HOUR);
        long light = p.priority(PriorityJob.of(0, 1, 1, SimTime.HOUR, "a", "y"), SimTime.HOUR);
        assertEquals(10_000, light);
        assertEquals(5_000, heavy);
    }
}
