package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.root;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.priority.AssociationSpec;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/** priority/multifactor inside the controller: who starts first once fair-share, age and partitions weigh in. */
class MultifactorPrioritiesTest {
    private static final SchedulerParams IMMEDIATE = SchedulerParams.defaults().immediate();
    private static final AssociationSpec PHYSICS = root(account("physics", 1, user("heavy"), user("light")));

    /** {@code job} submitted by {@code user} of {@code account} to {@code partition} ("" for none). */
    private static Job by(Job job, String account, String user, String partition) {
        JobLabels l = new JobLabels(user, "", account, partition, "", "", "");
        return new Job(job.id(), job.submitTime(), job.runTime(), job.requestedTime(), job.processors(), job.nodes(),
                job.gpus(), l, job.history(), -1, -1);
    }

    private static MultifactorConfig weights(long age, long fairshare, long partition) {
        return MultifactorConfig.defaults().withWeights(MultifactorWeights.of(age, 0, fairshare, 0, partition, 0));
    }

    private static SlurmConfig oneNode(MultifactorConfig config, AssociationSpec accounts) {
        return SlurmConfig.uniform(1, 1, SchedulerType.BUILTIN, SelectType.LINEAR, IMMEDIATE)
                .withMultifactor(new MultifactorSetup(config, accounts));
    }

    /** One node shared by partitions "low" and "high" with these PriorityJobFactors. */
    private static SlurmConfig lowAndHigh(int lowFactor, int highFactor, MultifactorConfig config) {
        return SlurmReplay.partitioned(1, SchedulerType.BUILTIN, IMMEDIATE, partition("low", lowFactor, true),
                partition("high", highFactor, false)).withMultifactor(new MultifactorSetup(config, null));
    }

    private static Partition partition(String name, int jobFactor, boolean isDefault) {
        return new Partition(name, nodes(0, 0), isDefault, 1, jobFactor, Long.MAX_VALUE, -1, Integer.MAX_VALUE,
                PreemptMode.OFF);
    }

    /** Heavy runs job 1 for {@code firstRun} s; then heavy's job 2 and light's job 3 wait for the node. */
    private static SlurmReplay.Result heavyThenLight(long firstRun, String account, AssociationSpec accounts) {
        return SlurmReplay.run(oneNode(weights(0, 10_000, 0), accounts), List.of(
                by(job(1, 0, firstRun, 2000, 1), account, "heavy", ""),
                by(job(2, 10, 100, 200, 1), account, "heavy", ""),
                by(job(3, 20, 100, 200, 1), account, "light", "")));
    }

    @Test
    void shouldLetALightUsersJobPassAHeavyUsersOnceFairShareIsRecalculated() {
        SlurmReplay.Result r = heavyThenLight(1000, "physics", PHYSICS);
        // The passes at 300, 600 and 900 s charge heavy's running job: light ranks first in Fair Tree.
        assertEquals(1000, r.start(3), "light's job passes heavy's earlier one");
        assertEquals(1100, r.start(2));
    }

    /**
     * One node shared by "low" (requeued when preempted) and "high" (a higher tier), age alone
     * weighing in (1000, PriorityMaxAge 600 s), passes every 300 s. W (low) holds the node to 400;
     * A and B (low) wait from 0 and 100, so the pass at 300 gives them 500 and 333 and A starts at
     * 400. H (high) comes at 450 and preempts A, which is eligible again at 571; H ends at
     * {@code highEnd}.
     */
    private static SlurmReplay.Result requeuedBeforeAPass(long highEnd) {
        SlurmConfig c = SlurmReplay.partitioned(1, SchedulerType.BUILTIN, SlurmReplay.params(1, 1),
                        SlurmReplay.tiered("low", nodes(0, 0), true, 1, PreemptMode.REQUEUE),
                        SlurmReplay.tiered("high", nodes(0, 0), false, 2, PreemptMode.OFF))
                .withPreemption(Preemption.partitionPrio())
                .withMultifactor(new MultifactorSetup(weights(1000, 0, 0).withMaxAge(SimTime.seconds(600)), null));
        return SlurmReplay.run(c, List.of(by(job(1, 0, 400, 2000, 1), "", "w", "low"),
                by(job(2, 0, 100, 2000, 1), "", "a", "low"), by(job(3, 100, 100, 2000, 1), "", "b", "low"),
                by(job(4, 450, highEnd - 450, 2000, 1), "", "h", "high")));
    }

    @Test
    void shouldKeepARequeuedJobsPriorityUntilTheNextPass() {
        // At 580 A still has its 500 (22.05 keeps a requeued job's priority until the decay
        // thread's next pass, at 600) against B's 333: A goes first.
        SlurmReplay.Result r = requeuedBeforeAPass(580);
        assertEquals(1, r.requeued.size());
        assertEquals(400 * SimTime.SECOND, r.requeued.get(0).startTime());
        assertEquals(580, r.start(2));
        assertEquals(680, r.start(3));
    }

    @Test
    void shouldRecomputeARequeuedJobsPriorityAtThePassAfterItsRequeue() {
        // H ends at 620: the pass at 600 recomputed A's age from its begin time, 571 (48), against
        // B's from 100 (833): B goes first.
        SlurmReplay.Result r = requeuedBeforeAPass(620);
        assertEquals(620, r.start(3));
        assertEquals(720, r.start(2));
    }

    @Test
    void shouldKeepSubmitOrderWhileNoRecalculationHasChargedAnyone() {
        // Job 1 ends at 200 s, before the first pass after the start (300 s): both users still tie.
        SlurmReplay.Result r = heavyThenLight(200, "physics", PHYSICS);
        assertEquals(200, r.start(2));
        assertEquals(300, r.start(3));
    }

    @Test
    void shouldChargeAJobThatNamesNoAccountToItsUsersFirstAccount() {
        SlurmReplay.Result r = heavyThenLight(1000, "", PHYSICS);
        assertEquals(1000, r.start(3), "SWF-style jobs without an account still compete on fair-share");
    }

    @Test
    void shouldGiveEveryJobFairShareZeroWithoutAnAccountsTree() {
        SlurmReplay.Result r = heavyThenLight(1000, "physics", null);
        assertEquals(1000, r.start(2), "no tree: all priorities equal, submit order");
        assertEquals(1100, r.start(3));
    }

    @Test
    void shouldChargeUsageTimesTheJobsQosUsageFactor() {
        // heavy's 1000 s run in QOS free (UsageFactor 0) charges nothing: the two users still tie at
        // 1000 s and submit order stands; at UsageFactor 0.5 it still charges, and light goes first.
        for (double factor : new double[] {0.0, 0.5}) {
            SlurmConfig c = oneNode(weights(0, 10_000, 0), PHYSICS).withQos(QosSetup.of(
                    List.of(Qos.unlimited("normal", 0), Qos.unlimited("free", 0).withUsageFactor(factor)), "normal"));
            Job first = by(job(1, 0, 1000, 2000, 1), "physics", "heavy", "");
            Job free = new Job(1, first.submitTime(), first.runTime(), first.requestedTime(), 1, 1, 0,
                    new JobLabels("heavy", "", "physics", "", "", "free", ""), first.history(), -1, -1);
            SlurmReplay.Result r = SlurmReplay.run(c, List.of(free, by(job(2, 10, 100, 200, 1), "physics", "heavy", ""),
                    by(job(3, 20, 100, 200, 1), "physics", "light", "")));
            if (factor == 0.0) {
                assertEquals(1000, r.start(2), "UsageFactor 0: heavy has used nothing");
                assertEquals(1100, r.start(3));
            } else {
                assertEquals(1000, r.start(3), "UsageFactor 0.5: heavy has used 500 CPU-seconds");
                assertEquals(1100, r.start(2));
            }
        }
    }

    @Test
    void shouldGiveAJobWithoutAnAssociationFairShareZero() {
        // mallory is in no account: factor 0 and no usage, so light's later job goes first.
        SlurmReplay.Result r = SlurmReplay.run(oneNode(weights(0, 10_000, 0), PHYSICS), List.of(
                by(job(1, 0, 1000, 2000, 1), "physics", "heavy", ""),
                by(job(2, 10, 100, 200, 1), "physics", "mallory", ""),
                by(job(3, 20, 100, 200, 1), "physics", "light", "")));
        assertEquals(1000, r.start(3));
        assertEquals(1100, r.start(2));
    }

    @Test
    void shouldRunTheDecayPassesThatFellDueWhileNoJobWaited() {
        // Nothing waits while heavy's job 1 runs (0-1000 s), yet slurmctld's passes at 300, 600 and
        // 900 s charge it; mallory's job 4 then holds the node while heavy's and light's jobs wait.
        SlurmReplay.Result r = SlurmReplay.run(oneNode(weights(0, 10_000, 0), PHYSICS), List.of(
                by(job(1, 0, 1000, 2000, 1), "physics", "heavy", ""),
                by(job(4, 1005, 995, 2000, 1), "physics", "mallory", ""),
                by(job(2, 1010, 100, 200, 1), "physics", "heavy", ""),
                by(job(3, 1020, 100, 200, 1), "physics", "light", "")));
        assertEquals(2000, r.start(3));
        assertEquals(2100, r.start(2));
    }

    @Test
    void shouldRaiseAJobByItsPartitionsPriorityJobFactor() {
        MultifactorConfig c = weights(0, 0, 1000);
        List<Job> jobs = List.of(by(job(1, 0, 100, 200, 1), "", "", "low"), by(job(2, 1, 100, 200, 1), "", "", "low"),
                by(job(3, 2, 100, 200, 1), "", "", "high"));
        SlurmReplay.Result raised = SlurmReplay.run(lowAndHigh(1, 2, c), jobs);
        assertEquals(100, raised.start(3), "high's factor 2 (1000 points) beats low's 1 (500 points)");
        assertEquals(200, raised.start(2));
        SlurmReplay.Result equal = SlurmReplay.run(lowAndHigh(1, 1, c), jobs);
        assertEquals(100, equal.start(2), "equal factors: submit order");
    }

    /** Job 1 holds the node until 1000 s; job 2 (low) comes at 1 s, job 3 (high) at {@code highAt}. */
    private static SlurmReplay.Result ageAgainstPartition(long highAt) {
        // Age: 1 point a second up to PriorityMaxAge 1000 s; partition: low 500 points, high 1000.
        MultifactorConfig c = weights(1000, 0, 1000).withMaxAge(SimTime.seconds(1000));
        return SlurmReplay.run(lowAndHigh(1, 2, c), List.of(by(job(1, 0, 1000, 2000, 1), "", "", "low"),
                by(job(2, 1, 100, 200, 1), "", "", "low"), by(job(3, highAt, 100, 200, 1), "", "", "high")));
    }

    @Test
    void shouldLetAnOldJobOvertakeAHigherPartitionsJobOnceItHasWaitedLongEnough() {
        // Pass at 900 s: job 2 has 899 + 500; job 3 from 100 s has 800 + 1000, from 700 s 200 + 1000.
        SlurmReplay.Result soon = ageAgainstPartition(100);
        assertEquals(1000, soon.start(3), "99 s of head start is not worth the partition's 500 points");
        SlurmReplay.Result late = ageAgainstPartition(700);
        assertEquals(1000, late.start(2), "699 s of age beats the partition's 500 points");
        assertEquals(1100, late.start(3));
    }

    /** As above with PriorityCalcPeriod 60 min; job 1 holds the node until {@code blockerEnd} s. */
    private static SlurmReplay.Result hourlyPasses(long blockerEnd) {
        MultifactorConfig c = weights(10_000, 0, 1000).withMaxAge(SimTime.seconds(10_000))
                .withCalcPeriod(SimTime.seconds(3600));
        return SlurmReplay.run(lowAndHigh(1, 2, c), List.of(by(job(1, 0, blockerEnd, 5000, 1), "", "", "low"),
                by(job(2, 1, 100, 200, 1), "", "", "low"), by(job(3, 700, 100, 200, 1), "", "", "high")));
    }

    @Test
    void shouldKeepPrioritiesFixedBetweenCalcPeriods() {
        // At 800 s job 2 would have 799 + 500 against job 3's 100 + 1000, but its priority is still the
        // 500 it got at submission: no pass has run since.
        assertEquals(800, hourlyPasses(800).start(3), "job 2's age counts only from the next pass");
        // The pass at 3600 s gives job 2 3599 + 500 against job 3's 2900 + 1000.
        SlurmReplay.Result after = hourlyPasses(4000);
        assertEquals(4000, after.start(2));
        assertEquals(4100, after.start(3));
    }

    @Test
    void shouldRunTheCalcPassesEveryPeriodFromTheControllersStart() {
        // The decay thread starts with slurmctld and runs every PriorityCalcPeriod from then
        // (priority_multifactor.c, _decay_thread). Started at -3000 s, its passes come at 600 and
        // 4200: at 800 job 2 has the 599 + 500 of the pass at 600 against job 3's 1000, and goes first.
        MultifactorConfig c = weights(10_000, 0, 1000).withMaxAge(SimTime.seconds(10_000))
                .withCalcPeriod(SimTime.seconds(3600));
        SlurmConfig config = SlurmReplay.partitioned(1, SchedulerType.BUILTIN,
                        IMMEDIATE.withControllerStart(SimTime.seconds(-3000)), partition("low", 1, true),
                        partition("high", 2, false)).withMultifactor(new MultifactorSetup(c, null));
        SlurmReplay.Result r = SlurmReplay.run(config, List.of(by(job(1, 0, 800, 5000, 1), "", "", "low"),
                by(job(2, 1, 100, 200, 1), "", "", "low"), by(job(3, 700, 100, 200, 1), "", "", "high")));
        assertEquals(800, r.start(2));
        assertEquals(900, r.start(3));
    }

    @Test
    void shouldCatchUpOnTheDecayPassesOfTheControllersGrid() {
        // Heavy's job 1 runs 310-400 while nothing waits; mallory's job 4 then holds the node to 590,
        // while heavy's job 2 (410) and light's job 3 (420) wait. Passes every 300 s from 0 (the one
        // at 300 before job 1, the next at 600) have charged heavy nothing by 590: submit order. From
        // a start at -250 the pass at 350, caught up on at job 1's end, has: light goes first.
        assertEquals(590, catchUpFrom(0).start(2));
        SlurmReplay.Result shifted = catchUpFrom(-250);
        assertEquals(590, shifted.start(3));
        assertEquals(690, shifted.start(2));
    }

    private static SlurmReplay.Result catchUpFrom(long controllerStart) {
        SlurmConfig c = SlurmConfig.uniform(1, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                        IMMEDIATE.withControllerStart(SimTime.seconds(controllerStart)))
                .withMultifactor(new MultifactorSetup(weights(0, 10_000, 0), PHYSICS));
        return SlurmReplay.run(c, List.of(by(job(1, 310, 90, 2000, 1), "physics", "heavy", ""),
                by(job(4, 405, 185, 2000, 1), "physics", "mallory", ""),
                by(job(2, 410, 100, 200, 1), "physics", "heavy", ""),
                by(job(3, 420, 100, 200, 1), "physics", "light", "")));
    }

    private static Map<Long, Long> starts(SlurmConfig config, List<Job> jobs) {
        Map<Long, Long> starts = new LinkedHashMap<>();
        SlurmReplay.run(config, jobs).outcomes.forEach((id, o) -> starts.put(id, o.startTime()));
        return starts;
    }

    @Test
    void shouldStartTheSameJobsAtTheSameTimesOnEveryRun() {
        AssociationSpec tree = root(account("physics", 40, user("alice"), user("bob", 3)),
                account("chemistry", 60, user("carol"), account("bio", 1, user("dave"))));
        String[][] who = {{"physics", "alice"}, {"physics", "bob"}, {"chemistry", "carol"}, {"bio", "dave"},
            {"", "carol"}, {"nowhere", "eve"}};
        Random random = new Random(42);
        List<Job> jobs = new ArrayList<>();
        long t = 0;
        for (int id = 1; id <= 300; id++) {
            t += random.nextInt(120);
            long run = 60 + random.nextInt(4000);
            String[] w = who[random.nextInt(who.length)];
            jobs.add(by(SlurmReplay.cpuJob(id, t, run, run + random.nextInt(2000), 1 + random.nextInt(16)), w[0],
                    w[1], ""));
        }
        MultifactorConfig c = MultifactorConfig.defaults()
                .withWeights(MultifactorWeights.of(1000, 0, 10_000, 500, 1000, 0)).withMaxAge(SimTime.HOUR);
        SlurmConfig mf = SlurmConfig.uniform(8, 8, SchedulerType.BACKFILL, SelectType.CONS_TRES,
                SchedulerParams.defaults()).withMultifactor(new MultifactorSetup(c, tree));
        Map<Long, Long> first = starts(mf, jobs);
        assertEquals(300, first.size());
        assertEquals(first, starts(mf, jobs));
        assertNotEquals(starts(mf.withMultifactor(null), jobs), first, "multifactor should reorder this workload");
        assertTrue(first.values().stream().allMatch(s -> s >= 0));
    }
}
