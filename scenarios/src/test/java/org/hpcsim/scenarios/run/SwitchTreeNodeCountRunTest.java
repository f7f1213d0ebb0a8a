package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs of a node count (sbatch -N) on shared nodes under topology/tree and select/cons_tres,
 * through a whole run from a slurm.conf and topology.conf, as a real slurmctld 22.05.8 placed them
 * on four 8-CPU nodes, n1 and n2 on leaf s1, n3 and n4 on s2.
 */
class SwitchTreeNodeCountRunTest {
    private static final String CONF = """
            ClusterName=tree
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            TopologyPlugin=topology/tree
            NodeName=n[1-4] CPUs=8
            PartitionName=all Nodes=n[1-4] Default=YES MaxTime=1:00:00
            """;

    @TempDir
    Path dir;

    @Test
    void shouldTryAgainWithoutTheNodesOfOneCpu() throws Exception {
        // Jobs 1 and 2 leave n1 and n2 one CPU each; each later job runs alone beside them.
        // -N 2 -n 2 takes the two slivers. -N 2 -n 6 first takes them too (both leaves hold its
        // two nodes, s1 comes first), falls short, and is placed again without nodes of 1 CPU
        // (choose_nodes): 5 + 1 on n3 and n4. -N 2 -n 3 goes the same way: 2 + 1.
        Files.writeString(dir.resolve("topology.conf"), """
                SwitchName=s1 Nodes=n[1-2]
                SwitchName=s2 Nodes=n[3-4]
                SwitchName=top Switches=s[1-2]
                """);
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes
                1,0,3000,3600,7,1
                2,1,3000,3600,7,1
                3,100,100,600,2,2
                4,300,100,600,6,2
                5,500,100,600,3,2
                """);
        expect(ran, 1, new int[] {0}, new int[] {7});
        expect(ran, 2, new int[] {1}, new int[] {7});
        expect(ran, 3, new int[] {0, 1}, new int[] {1, 1});
        expect(ran, 4, new int[] {2, 3}, new int[] {5, 1});
        expect(ran, 5, new int[] {2, 3}, new int[] {2, 1});
    }

    private static void expect(Map<Long, JobOutcome> ran, long id, int[] nodes, int[] cpus) {
        assertArrayEquals(nodes, ran.get(id).nodes().nodes(), "job " + id + " nodes");
        assertArrayEquals(cpus, ran.get(id).nodes().cpus(), "job " + id + " CPUs per node");
    }
}
