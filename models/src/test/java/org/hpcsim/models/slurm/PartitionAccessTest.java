package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/**
 * State, AllowGroups, AllowAccounts, DenyAccounts, AllowQos and DenyQos: a partition that shuts a
 * job out is dropped from its list.
 */
class PartitionAccessTest {
    private static final SchedulerParams DEFAULTS = SchedulerParams.defaults().immediate();

    private static Job job(long id, String account, String partition, String qos) {
        return job(id, "u", "", account, partition, qos);
    }

    private static Job job(long id, String user, String group, String account, String partition, String qos) {
        return new Job(id, 0, SimTime.seconds(10), SimTime.seconds(100), 1, 1, 0,
                new JobLabels(user, group, account, partition, "", qos, ""), JobHistory.UNKNOWN, -1, -1);
    }

    /** 4 one-CPU nodes: "batch" (0-1, default, open) and "gpu" (2-3) with {@code access}. */
    private static SlurmConfig cluster(PartitionAccess access, QosSetup qos) {
        SlurmConfig u = SlurmConfig.uniform(4, 1, SchedulerType.BUILTIN, SelectType.LINEAR, DEFAULTS);
        BitSet batch = new BitSet();
        batch.set(0, 2);
        BitSet gpu = new BitSet();
        gpu.set(2, 4);
        Partition open = Partition.of("batch", batch, true);
        Partition shut = new Partition("gpu", gpu, false, 1, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE, PreemptMode.OFF,
                "", access, false);
        return new SlurmConfig(u.nodes(), List.of(open, shut), SchedulerType.BUILTIN, SelectType.LINEAR, DEFAULTS, true,
                null).withQos(qos);
    }

    private static QosSetup qos() {
        return QosSetup.of(List.of(Qos.unlimited("normal", 0), Qos.unlimited("gpu", 10)), "normal");
    }

    @Test
    void shouldAdmitOnlyTheAllowedQosAndDropThePartitionForOthers() {
        PartitionAccess onlyGpu = new PartitionAccess(List.of(), List.of(), List.of("gpu"), List.of());
        SlurmReplay.Result r = SlurmReplay.run(cluster(onlyGpu, qos()), List.of(job(1, "lab", "gpu", ""),
                job(2, "lab", "gpu,batch", ""), job(3, "lab", "gpu", "gpu")));
        assertEquals(List.of("1: partition gpu: its QOS 'normal' may not use the partition (AllowQos=gpu)"),
                r.rejected);
        assertEquals("batch", r.outcomes.get(2L).partition());
        assertEquals("gpu", r.outcomes.get(3L).partition());
    }

    @Test
    void shouldRefuseDeniedAccountsUnlessAnAllowListIsSet() {
        PartitionAccess deny = new PartitionAccess(List.of(), List.of("guests"), List.of(), List.of());
        SlurmReplay.Result r = SlurmReplay.run(cluster(deny, qos()), List.of(job(1, "guests", "gpu", ""),
                job(2, "lab", "gpu", "")));
        assertEquals(List.of("1: partition gpu: its account 'guests' may not use the partition (DenyAccounts=guests)"),
                r.rejected);
        assertEquals("gpu", r.outcomes.get(2L).partition());
        PartitionAccess both = new PartitionAccess(List.of("guests"), List.of("guests"), List.of(), List.of());
        assertNull(both.refusal("guests", "normal"), "the allow list wins; the deny list is then not used");
        assertEquals("its account 'lab' may not use the partition (AllowAccounts=guests)", both.refusal("lab", "normal"));
    }

    @Test
    void shouldTakeNormalAsTheQosOfJobsWhenQosAreNotModelled() {
        PartitionAccess denyNormal = new PartitionAccess(List.of(), List.of(), List.of(), List.of("normal"));
        SlurmReplay.Result r = SlurmReplay.run(cluster(denyNormal, QosSetup.NONE), List.of(job(1, "lab", "gpu", ""),
                job(2, "lab", "batch", "")));
        assertEquals(List.of("1: partition gpu: its QOS 'normal' may not use the partition (DenyQos=normal)"),
                r.rejected);
        assertEquals(1, r.outcomes.size());
    }

    @Test
    void shouldStartNoJobInAPartitionThatIsNotUp() {
        PartitionAccess down = new PartitionAccess(List.of(), List.of(), List.of(), List.of(), "DOWN");
        SlurmReplay.Result r = SlurmReplay.run(cluster(down, qos()), List.of(job(1, "lab", "gpu", ""),
                job(2, "lab", "gpu,batch", "")));
        assertEquals(List.of("1: partition gpu: the partition is State=DOWN, where no job starts"), r.rejected);
        assertEquals("batch", r.outcomes.get(2L).partition());
    }

    @Test
    void shouldAdmitOnlyListedGroupsAndRootAndJobsOfNoKnownGroup() {
        PartitionAccess physics = new PartitionAccess(List.of(), List.of(), List.of(), List.of(), "",
                List.of("phys", "1002"));
        SlurmReplay.Result r = SlurmReplay.run(cluster(physics, QosSetup.NONE), List.of(
                job(1, "ana", "chem", "lab", "gpu", ""), job(2, "ana", "chem", "lab", "batch,gpu", ""),
                job(3, "bo", "phys", "lab", "gpu", ""), job(4, "7", "1002", "lab", "gpu", ""),
                job(5, "root", "chem", "lab", "gpu", ""), job(6, "cy", "", "lab", "gpu", ""),
                job(7, "ana", "chem", "lab", "gpu,batch", "")));
        // Job 7 names gpu first: slurmctld 22.05 then holds it pending for good, though batch admits it.
        String refused = "partition gpu: its group 'chem' is not permitted to use the partition"
                + " (AllowGroups=phys,1002)";
        assertEquals(List.of("1: " + refused, "7: " + refused), r.rejected);
        assertEquals("batch", r.outcomes.get(2L).partition());
        for (long id : new long[] {3, 4, 5, 6}) {
            assertEquals("gpu", r.outcomes.get(id).partition(), "job " + id);
        }
    }
}
