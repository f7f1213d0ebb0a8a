package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;

/**
 * The CPUs and nodes a real slurmctld 22.05.8 gave jobs under MaxMemPerCPU and MaxMemPerNode
 * (checked by hand with scripts/slurm-local: four 8-CPU nodes of RealMemory=1000, select/cons_tres
 * with CR_Core_Memory, sched/builtin; each job below ran alone, and scontrol show job gave its
 * NumCPUs, NumNodes and CPUs per node, or its pending reason MaxMemPerLimit). hpcsim must give the
 * same, refusing at submission the jobs slurmctld holds pending for good.
 */
class MaxMemPerCpuCasesTest {
    private static final List<SlurmNode> NODES = List.of(node("n1"), node("n2"), node("n3"), node("n4"));

    private static SlurmNode node(String name) {
        return new SlurmNode(name, 8, 1000, 0, "", 1, List.of());
    }

    /** One sbatch line: -n, -N (0: not given), --ntasks-per-node, --mem, --mem-per-cpu (0: not given). */
    private record Sbatch(int tasks, int nodes, int tasksPerNode, long memMb, long perCpuMb) {}

    private static List<JobOutcome> run(List<Sbatch> lines) {
        return run(ConsumableMemory.counted(50).withCeiling(MemoryCeiling.perCpu(100)), lines);
    }

    /** The outcome of each line in order, null for a job refused. */
    private static List<JobOutcome> run(ConsumableMemory memory, List<Sbatch> lines) {
        BitSet all = new BitSet();
        all.set(0, NODES.size());
        SlurmConfig config = new SlurmConfig(NODES, List.of(Partition.of("all", all, true)), SchedulerType.BUILTIN,
                SelectType.CONS_TRES, SchedulerParams.defaults().immediate(), true, null).withMemory(memory);
        List<Job> jobs = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Sbatch s = lines.get(k);
            ResourceOptions o = new ResourceOptions("", "", 0, s.tasksPerNode(), s.memMb(), s.perCpuMb());
            jobs.add(new Job(k + 1, SimTime.seconds(1000L * k), SimTime.seconds(60), SimTime.seconds(600), s.tasks(),
                    s.nodes(), 0, new JobLabels("u", "", "", "", "", "", ""), JobHistory.UNKNOWN, -1, -1,
                    new SubmitOptions(o, JobLinks.NONE)));
        }
        SlurmReplay.Result r = SlurmReplay.run(config, jobs);
        List<JobOutcome> outcomes = new ArrayList<>();
        for (long id = 1; id <= lines.size(); id++) {
            outcomes.add(r.outcomes.get(id));
        }
        return outcomes;
    }

    @Test
    void shouldGiveTheCpusAndNodesSlurmGave() {
        List<JobOutcome> o = run(List.of(
                new Sbatch(2, 0, 0, 0, 300),   // A: 3 CPUs a task at 100 MB: NumCPUs=6, one node
                new Sbatch(4, 0, 0, 800, 0),   // B: 8 CPUs a node for 800 MB: NumCPUs=8, one node
                new Sbatch(1, 0, 0, 0, 0),     // C: DefMemPerCPU 50, within the limit: NumCPUs=1
                new Sbatch(4, 2, 0, 500, 0),   // D: -N 2, 5 CPUs a node: NumCPUs=10
                new Sbatch(5, 0, 2, 500, 0),   // E: --ntasks-per-node=2, CPUs/Task=3: NumCPUs=15 on 3 nodes
                new Sbatch(12, 0, 0, 800, 0),  // F: at least 8 a node: NumCPUs=16 on 2 nodes, 8 and 8
                new Sbatch(12, 0, 0, 500, 0),  // G: at least 5 a node: NumCPUs=12 on 2 nodes, 7 and 5
                new Sbatch(3, 0, 0, 500, 0),   // H: NumCPUs=5 on one node
                new Sbatch(9, 0, 0, 500, 0))); // I: NumCPUs=10 on 2 nodes, 5 and 5
        long[] cpus = o.stream().mapToLong(JobOutcome::allocatedCores).toArray();
        assertArrayEquals(new long[] {6, 8, 1, 10, 15, 16, 12, 5, 10}, cpus);
        int[] nodes = o.stream().mapToInt(x -> x.nodes().nodes().length).toArray();
        assertArrayEquals(new int[] {1, 1, 1, 2, 3, 2, 2, 1, 2}, nodes);
        assertArrayEquals(new int[] {7, 5}, o.get(6).nodes().cpus(), "G");
        assertArrayEquals(new int[] {5, 5}, o.get(8).nodes().cpus(), "I");
    }

    @Test
    void shouldGiveAJobAskingNoMemoryTheCpusANodesMemoryNeedsWithoutADefault() {
        // No DefMemPerCPU, MaxMemPerCPU=125: 1000 MB a node needs 8 CPUs on each.
        List<JobOutcome> o = run(ConsumableMemory.counted(0).withCeiling(MemoryCeiling.perCpu(125)), List.of(
                new Sbatch(1, 0, 0, 0, 0),     // J: NumCPUs=8 on one node
                new Sbatch(10, 0, 0, 0, 0)));  // K: NumCPUs=16 on 2 nodes
        assertArrayEquals(new long[] {8, 16}, o.stream().mapToLong(JobOutcome::allocatedCores).toArray());
    }

    @Test
    void shouldRefuseWhatMaxMemPerNodeHoldsForGood() {
        // MaxMemPerNode=600, DefMemPerCPU=50. L (--mem=700), M (-N 1 -n 8 at 100 a CPU: 800 a node)
        // and Q (--exclusive at 100 a CPU: the node's 8 CPUs) stay pending with reason
        // MaxMemPerLimit; N (-n 2) and P (-n 8, no node count: counted as one CPU a node) run.
        List<JobOutcome> o = run(ConsumableMemory.counted(50).withCeiling(MemoryCeiling.perNode(600)), List.of(
                new Sbatch(1, 0, 0, 700, 0), new Sbatch(8, 1, 0, 0, 100), new Sbatch(2, 0, 0, 0, 100),
                new Sbatch(8, 0, 0, 0, 100)));
        assertArrayEquals(new boolean[] {true, true, false, false},
                new boolean[] {o.get(0) == null, o.get(1) == null, o.get(2) == null, o.get(3) == null});
        assertArrayEquals(new long[] {2, 8}, new long[] {o.get(2).allocatedCores(), o.get(3).allocatedCores()});
        // Without a DefMemPerCPU a job asking no memory holds a node's 1000 MB: never within 600.
        List<JobOutcome> none = run(ConsumableMemory.counted(0).withCeiling(MemoryCeiling.perNode(600)),
                List.of(new Sbatch(1, 0, 0, 0, 0)));
        assertArrayEquals(new boolean[] {true}, new boolean[] {none.get(0) == null});
    }

    @Test
    void shouldLayOutTheTasksWhoseCpusMaxMemPerCpuRaised() {
        // MaxMemPerCPU=100, DefMemPerCPU=50, each job alone on idle nodes; a real slurmctld 22.05.8
        // ran each as CPUs/Task=3 and laid out whole tasks: -n 5 --mem-per-cpu=300 on 6 + 6 + 3,
        // -n 3 --mem-per-cpu=250 on 6 + 3, and E (-n 5 --ntasks-per-node=2 --mem=500) on 5 + 5 + 5.
        List<JobOutcome> o = run(List.of(new Sbatch(5, 0, 0, 0, 300), new Sbatch(3, 0, 0, 0, 250),
                new Sbatch(5, 0, 2, 500, 0)));
        assertArrayEquals(new int[] {6, 6, 3}, o.get(0).nodes().cpus());
        assertArrayEquals(new int[] {6, 3}, o.get(1).nodes().cpus());
        assertArrayEquals(new int[] {5, 5, 5}, o.get(2).nodes().cpus());
    }
}
