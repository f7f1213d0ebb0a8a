package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.kube.plugins.Plugins;

/** Invariants of cycles under the default profile on random clusters and pod streams. */
class SchedulingCycleProperties {

    @Property(tries = 200)
    void bindingEveryPickNeverOverfillsANode(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 500, max = 16_000) Integer> cpus,
                                             @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 4_000) Long> podCpus,
                                             @ForAll @IntRange(min = 0, max = 100) int percentage,
                                             @ForAll long seed) {
        List<KubeNode> ns = new ArrayList<>();
        for (int i = 0; i < cpus.size(); i++) {
            // One GPU on every third node, so extended resources are exercised too.
            ns.add(new KubeNode("n" + i, new long[] {cpus.get(i), cpus.get(i) * (1L << 20), i % 3 == 0 ? 1 : 0}, null, null, false));
        }
        NodeTable t = new NodeTable(ns, 3);
        SchedulerProfile defaults = Plugins.defaultProfile();
        SchedulerProfile p = new SchedulerProfile("p", defaults.filters(), defaults.scores(), percentage);
        SchedulingCycle c = new SchedulingCycle(p, t, new RandomStreams(seed).stream("kube.tie-break"));
        for (int k = 0; k < podCpus.size(); k++) {
            long cpu = podCpus.get(k);
            PodSpec pod = PodSpec.ofRequests(cpu, cpu * (1L << 19), k % 5 == 0 ? 1 : 0);
            int node = c.schedule(pod);
            if (node < 0) {
                for (int n = 0; n < t.size(); n++) {
                    assertFalse(t.fits(pod, n), "no node was picked though node " + n + " fits");
                }
                continue;
            }
            t.bind(pod, node);
            for (int r = 0; r < t.resources(); r++) {
                assertTrue(t.requested(r, node) <= t.allocatable(r, node), "node " + node + " over allocatable in resource " + r);
            }
        }
    }
}
