package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of cons_tres's task layout ({@link CpuShares#tasksInTurn}) over random nodes: no node
 * holds more than it made available; every node gets its first task whole when it has room for
 * one; every task is whole where the nodes have room for all; and with one CPU a task on one-thread cores it is the plain layout (one task on
 * each node, then one more on each in turn while it has room) that hpcsim used before tasks of
 * several CPUs were modelled.
 */
class TaskLayoutProperties {
    private static List<SlurmNode> nodes(int count, int cpusPerCore) {
        List<SlurmNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new SlurmNode("n" + i, 16, 0, 0, "", 1, List.of(), cpusPerCore));
        }
        return nodes;
    }

    @Property(tries = 2000)
    void shouldHoldNoMoreThanEachNodeMadeAvailableAndEachFirstTaskWhole(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 16) Integer> madeList,
            @ForAll @IntRange(min = 1, max = 40) int tasks, @ForAll @IntRange(min = 1, max = 5) int cpusPerTask,
            @ForAll boolean twoThreads) {
        int[] made = madeList.stream().mapToInt(Integer::intValue).toArray();
        int[] picked = new int[made.length];
        for (int j = 0; j < picked.length; j++) {
            picked[j] = j;
            // Every node the fit picks offers a task's CPUs at least (pn_min_cpus), in whole cores.
            made[j] = Math.max(made[j], cpusPerTask);
            made[j] = twoThreads ? (made[j] + 1) / 2 * 2 : made[j];
        }
        int[] c = CpuShares.tasksInTurn(nodes(made.length, twoThreads ? 2 : 1), picked, made, tasks, cpusPerTask);
        for (int j = 0; j < made.length; j++) {
            assertTrue(c[j] <= made[j], "node " + j + " holds " + c[j] + " of " + made[j]);
            if (j < tasks) {
                assertTrue(c[j] >= cpusPerTask, "node " + j + " gets its first task whole");
            }
        }
        if (tasksThatFit(made, cpusPerTask) >= tasks) {
            int whole = 0;
            for (int j = 0; j < made.length; j++) {
                whole += c[j] / cpusPerTask;
            }
            assertTrue(whole >= tasks, "every task whole where the nodes have room for all");
        }
    }

    /** The tasks the nodes run whole. */
    private static int tasksThatFit(int[] made, int cpusPerTask) {
        int fit = 0;
        for (int m : made) {
            fit += m / cpusPerTask;
        }
        return fit;
    }

    @Property(tries = 2000)
    void shouldLayOneCpuTasksOutAsBefore(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 16) Integer> madeList,
            @ForAll @IntRange(min = 1, max = 60) int tasks) {
        int[] made = madeList.stream().mapToInt(Integer::intValue).toArray();
        int[] picked = new int[made.length];
        for (int j = 0; j < picked.length; j++) {
            picked[j] = j;
        }
        assertArrayEquals(plainLayout(made, tasks),
                CpuShares.tasksInTurn(nodes(made.length, 1), picked, made, tasks, 1));
    }

    /** One task on each node, then one more on each in turn while it has room. */
    private static int[] plainLayout(int[] made, int tasks) {
        int[] c = new int[made.length];
        int placed = 0;
        for (int j = 0; j < c.length && placed < tasks; j++) {
            c[j] = 1;
            placed++;
        }
        boolean room = true;
        while (placed < tasks && room) {
            room = false;
            for (int j = 0; j < c.length && placed < tasks; j++) {
                if (c[j] < made[j]) {
                    c[j]++;
                    placed++;
                    room = true;
                }
            }
        }
        return c;
    }
}
