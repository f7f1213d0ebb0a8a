package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.cpuJob;
import static org.hpcsim.models.slurm.SlurmReplay.inPartition;
import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ListJobSource;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;

/**
 * When a job that cannot start fails its partition in the main loop (job_scheduler.c, _schedule):
 * only when select_nodes answers "nodes busy", and not for a job bf_min_age_reserve or
 * bf_min_prio_reserve exempt. sched/builtin, an idealised controller.
 */
class MainLoopPartitionFailureTest {
    private static SlurmReplay.Result withWindow(List<Job> jobs) {
        return withWindow(SlurmConfig.uniform(4, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SlurmReplay.params(1, 1)), nodes(0, 1), jobs);
    }

    /** {@code jobs} on {@code c} with a maintenance window on {@code windowNodes} from 100 s to 200 s. */
    private static SlurmReplay.Result withWindow(SlurmConfig c, BitSet windowNodes, List<Job> jobs) {
        SlurmReplay.Result r = new SlurmReplay.Result();
        new SlurmController(c, List.of(new Maintenance("m", SimTime.seconds(100), SimTime.seconds(200), windowNodes)),
                new ListJobSource(jobs), true, false, r).run();
        return r;
    }

    @Test
    void shouldLetJobsPassOneAMaintenanceWindowKeepsFromFittingOnIdleNodes() {
        // Job 1 (4 nodes, 150 s) would run into the window on n0-n1: it may use n2-n3 only, which
        // are idle and too few. select_nodes answers "node not available", which fails no
        // partition, so job 2 starts at once.
        SlurmReplay.Result r = withWindow(List.of(job(1, 0, 50, 150, 4), job(2, 1, 50, 50, 1)));
        assertEquals(1, r.start(2));
        assertEquals(200, r.start(1));
    }

    @Test
    void shouldStillFailThePartitionWhenANodeItMayUseIsBusy() {
        // Job 0 holds n2 until 60 s. Job 1 may use n2-n3 only; n2 is busy, so "nodes busy": the
        // partition fails and job 2 waits for the pass at job 0's end.
        SlurmReplay.Result r = withWindow(List.of(job(10, 0, 60, 60, 3), job(1, 0, 50, 150, 4), job(2, 1, 50, 50, 1)));
        assertEquals(0, r.start(10));
        assertEquals(60, r.start(2));
    }

    @Test
    void shouldLetJobsPassOneWhoseNodesAnotherPartitionWithholds() {
        // cons_tres, two 4-CPU nodes; hi = n0 (tier 2), lo = n0-n1. Job 2 fails hi and withholds
        // n0; job 3 (8 CPUs in lo) would not fit on n1 even idle, and n1 is held by no job whole:
        // "node not available", so job 4 starts on n1 at its submission.
        SchedulerParams p = SlurmReplay.params(1, 1);
        SlurmConfig u = SlurmConfig.uniform(2, 4, SchedulerType.BUILTIN, SelectType.CONS_TRES, p);
        Partition hi = new Partition("hi", nodes(0, 0), false, 2, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE,
                PreemptMode.OFF);
        Partition lo = new Partition("lo", nodes(0, 1), true, 1, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE,
                PreemptMode.OFF);
        SlurmConfig c = new SlurmConfig(u.nodes(), List.of(hi, lo), SchedulerType.BUILTIN, SelectType.CONS_TRES, p,
                true, null);
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(cpuJob(1, 0, 100, 100, 4), "hi"),
                inPartition(cpuJob(2, 1, 10, 10, 1), "hi"), inPartition(cpuJob(3, 2, 10, 10, 8), "lo"),
                inPartition(cpuJob(4, 3, 10, 10, 2), "lo")));
        assertEquals(3, r.start(4));
        assertEquals(100, r.start(2));
    }

    @Test
    void shouldFailThePartitionOfAJobAskingMoreNodesThanItHasLeftBeforeAnyTest() {
        // all = n0-n3, high = n0-n1 (tier 2), low = n2-n3. Job 2 fails high and withholds n0-n1;
        // job 3 asks 3 nodes of all, which has 2 left: job_scheduler.c fails all before trying a
        // node (a real slurmctld 22.05.8 in the multifactor oracle did), so job 4 (low) waits too.
        Partition all = SlurmReplay.tiered("all", nodes(0, 3), true, 1, PreemptMode.OFF);
        Partition high = SlurmReplay.tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF);
        Partition low = SlurmReplay.tiered("low", nodes(2, 3), false, 1, PreemptMode.OFF);
        SlurmConfig c = SlurmReplay.partitioned(4, SchedulerType.BUILTIN, SlurmReplay.params(1, 1), all, high, low);
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 100, 100, 2), "high"),
                inPartition(job(2, 1, 10, 10, 1), "high"), inPartition(job(3, 2, 10, 10, 3), "all"),
                inPartition(job(4, 3, 10, 10, 1), "low")));
        assertEquals(100, r.start(3));
        assertEquals(110, r.start(4));
    }

    @Test
    void shouldNotFailThePartitionForAJobYoungerThanBfMinAgeReserve() {
        // Job 2 (4 nodes) cannot start while job 1 holds two; pending less than 600 s, it fails no
        // partition, so job 3 starts at once. Without the option it waits for job 2, which follows job 1.
        List<Job> jobs = List.of(job(1, 0, 100, 100, 2), job(2, 1, 10, 10, 4), job(3, 2, 10, 10, 1));
        SchedulerParams aged = SlurmReplay.params(1, 1).withBackfillLimits(
                new BackfillLimits(0, 0, 0, 0, SimTime.seconds(600), 0, 0));
        assertEquals(2, SlurmReplay.run(SlurmConfig.uniform(4, 1, SchedulerType.BUILTIN, SelectType.LINEAR, aged),
                jobs).start(3));
        assertEquals(110, SlurmReplay.run(SlurmConfig.uniform(4, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SlurmReplay.params(1, 1)), jobs).start(3));
    }

    /** hi (tier 2) on n0, lo on n0 and the rest of {@code nodes} 4-CPU nodes, cons_tres. */
    private static SlurmConfig hiAndLo(int nodes) {
        SchedulerParams p = SlurmReplay.params(1, 1);
        SlurmConfig u = SlurmConfig.uniform(nodes, 4, SchedulerType.BUILTIN, SelectType.CONS_TRES, p);
        Partition hi = new Partition("hi", nodes(0, 0), false, 2, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE,
                PreemptMode.OFF);
        Partition lo = new Partition("lo", nodes(0, nodes - 1), true, 1, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE,
                PreemptMode.OFF);
        return new SlurmConfig(u.nodes(), List.of(hi, lo), SchedulerType.BUILTIN, SelectType.CONS_TRES, p, true, null);
    }

    /** {@code cpus} CPUs in {@code partition}, --exclusive or not. */
    private static Job cpus(long id, long submit, long run, int cpus, String partition, boolean exclusive) {
        Job j = inPartition(cpuJob(id, submit, run, run, cpus), partition);
        return new Job(j.id(), j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), j.nodes(), 0, j.labels(),
                j.history(), -1, -1, new SubmitOptions(new ResourceOptions("", "", 0, 0, 0, 0, exclusive),
                JobLinks.NONE));
    }

    @Test
    void shouldFailThePartitionForAJobThatWouldFitWereItsNodesIdle() {
        // Job 2 fails hi and withholds n0. Job 3 (4 CPUs in lo) would fit on n1 were it idle, but
        // job 5 uses 2 of its CPUs: "nodes busy", lo fails, and job 4 (2 CPUs) waits though n1 has
        // 2 free.
        SlurmReplay.Result r = SlurmReplay.run(hiAndLo(2), List.of(cpus(1, 0, 100, 4, "hi", false),
                cpus(5, 1, 50, 2, "lo", false), cpus(2, 2, 10, 1, "hi", false), cpus(3, 3, 10, 4, "lo", false),
                cpus(4, 4, 10, 2, "lo", false)));
        assertEquals(51, r.start(3));
        assertEquals(61, r.start(4));
    }

    @Test
    void shouldCountANodeInUseAsBusyForAJobThatTakesWholeNodes() {
        // As above with job 3 asking for two whole nodes (--exclusive): it would not fit on n1 even
        // idle, but n1 is not idle, and for a job that takes whole nodes that is "nodes busy".
        SlurmReplay.Result r = SlurmReplay.run(hiAndLo(2), List.of(cpus(1, 0, 100, 4, "hi", false),
                cpus(5, 1, 50, 2, "lo", false), cpus(2, 2, 10, 1, "hi", false), cpus(3, 3, 10, 8, "lo", true),
                cpus(4, 4, 10, 2, "lo", false)));
        assertEquals(51, r.start(4));
    }

    @Test
    void shouldCountANodeHeldWholeAsBusyForAJobThatShares() {
        // Three nodes. Job 5 holds n1 whole (--exclusive). Job 3 (12 CPUs in lo) would not fit on
        // n1-n2 even idle, but n1 is held whole: "nodes busy", so job 4 waits though n2 is idle.
        SlurmReplay.Result r = SlurmReplay.run(hiAndLo(3), List.of(cpus(1, 0, 100, 4, "hi", false),
                cpus(5, 1, 50, 1, "lo", true), cpus(2, 2, 10, 1, "hi", false), cpus(3, 3, 10, 12, "lo", false),
                cpus(4, 4, 10, 2, "lo", false)));
        assertEquals(51, r.start(4));
    }

    @Test
    void shouldCountNoNodeBusyWherePreemptionIsConfigured() {
        // The case above with PreemptType=preempt/partition_prio and PreemptMode=REQUEUE, nothing
        // preemptable (lo's PreemptMode=OFF, hi's jobs of one tier): _pick_best_nodes then skips the
        // idle and shared-node filters, so job 3 gets "node not available", lo does not fail, and
        // job 4 starts at its submission. A real slurmctld 22.05.8 (3 nodes of 4 CPUs on loopback,
        // sched/builtin, cons_tres CR_Core, these partitions and jobs, 2026-12-03) kept job 3
        // pending with ReqNodeNotAvail and ran job 4 at once; without the two preemption lines it
        // kept job 4 pending with reason Priority, as the case above.
        SlurmConfig c = hiAndLo(3).withPreemption(Preemption.partitionPrio());
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(cpus(1, 0, 100, 4, "hi", false),
                cpus(5, 1, 50, 1, "lo", true), cpus(2, 2, 10, 1, "hi", false), cpus(3, 3, 10, 12, "lo", false),
                cpus(4, 4, 10, 2, "lo", false)));
        assertEquals(4, r.start(4));
        assertEquals(List.of(), r.requeued);
    }

    @Test
    void shouldCountOnlyTheNodesAJobCouldUseAsBusy() {
        // n0 and n1 have feature a, n2 and n3 feature b. Job 10 (b) holds n2 until 60. Job 1 (two
        // a nodes, 150 s) would run into the window on n0, so of the nodes it could use it may take
        // n1 alone, idle and too few. n2 is busy, but job 1 could never use it: "node not
        // available", no partition fails, and job 2 starts at its submission.
        List<SlurmNode> featured = List.of(featured("n0", "a"), featured("n1", "a"), featured("n2", "b"),
                featured("n3", "b"));
        SlurmConfig c = new SlurmConfig(featured, List.of(Partition.of("batch", nodes(0, 3), true)),
                SchedulerType.BUILTIN, SelectType.LINEAR, SlurmReplay.params(1, 1), true, null);
        SlurmReplay.Result r = withWindow(c, nodes(0, 0), List.of(constrained(10, 0, 60, 1, "b"),
                constrained(1, 0, 150, 2, "a"), constrained(2, 1, 50, 1, "")));
        assertEquals(0, r.start(10));
        assertEquals(1, r.start(2));
        assertEquals(200, r.start(1));
    }

    private static SlurmNode featured(String name, String feature) {
        return new SlurmNode(name, 1, 1_000, 0, "", 1, List.of(feature));
    }

    /** {@code nodes} whole nodes with feature {@code constraint} ("" for any). */
    private static Job constrained(long id, long submit, long run, int nodes, String constraint) {
        return RequestOptionsTest.job(id, submit, run, nodes, nodes, 0, constraint.isEmpty() ? ResourceOptions.NONE
                : RequestOptionsTest.opts(constraint, "", 0, 0, 0));
    }

    @Test
    void shouldCountANodeKeptForAnotherUserAsBusy() {
        // Three 4-CPU nodes in both excl (ExclusiveUser=YES) and open; a window on n2 from 100 s.
        // Alice's job 5 (1 CPU, open) shares n0 until 50. Bob's job 3 (12 CPUs, excl, 150 s) would
        // run into the window, so it may use n0-n1, too few even idle; but n0 runs another user's
        // job, which _pick_best_nodes counts as busy: excl fails, and Bob's job 4 (2 CPUs, excl)
        // waits for Alice's end though n1 is idle.
        SchedulerParams p = SlurmReplay.params(1, 1);
        SlurmConfig u = SlurmConfig.uniform(3, 4, SchedulerType.BUILTIN, SelectType.CONS_TRES, p);
        SlurmConfig c = new SlurmConfig(u.nodes(), List.of(Partition.of("excl", nodes(0, 2), true)
                .withExclusiveUser(true), Partition.of("open", nodes(0, 2), false)), SchedulerType.BUILTIN,
                SelectType.CONS_TRES, p, true, null);
        SlurmReplay.Result r = withWindow(c, nodes(2, 2), List.of(userJob(5, 0, 50, 1, "alice", "open"),
                userJob(3, 1, 150, 12, "bob", "excl"), userJob(4, 2, 10, 2, "bob", "excl")));
        assertEquals(0, r.start(5));
        assertEquals(50, r.start(4));
        assertEquals(200, r.start(3));
    }

    private static Job userJob(long id, long submit, long run, int cpus, String user, String partition) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(run), cpus, 0, 0,
                new JobLabels(user, "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }
}
