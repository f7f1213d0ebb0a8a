package org.hpcsim.models.kube.volcano;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.KubeNode;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.plugins.Plugins;
import org.junit.jupiter.api.Test;

class BinpackTest {
    private static final long GIB = 1L << 30;

    private static NodeTable table() {
        List<KubeNode> nodes = List.of(new KubeNode("n0", new long[] {4000, 16 * GIB}, null, null, false),
                new KubeNode("n1", new long[] {4000, 16 * GIB}, null, null, false),
                new KubeNode("n2", new long[] {1000, 16 * GIB}, null, null, false));
        NodeTable t = new NodeTable(nodes, 2);
        t.bind(PodSpec.ofRequests(1000, 2 * GIB), 0);
        return t;
    }

    private static Binpack binpack(NodeTable t, VolcanoConfig c) {
        return new Binpack(t, c, Plugins.defaultProfile().filters(), new RandomStreams(1).stream("t"));
    }

    @Test
    void shouldScoreAsVolcanosBinPackingScoreByHand() {
        NodeTable t = table();
        PodSpec pod = PodSpec.ofRequests(2000, 2 * GIB);
        // cpu weight 2, memory 1: n0 = 100 x (2 x 3000/4000 + 4/16) / 3 = 100 x 1.75 / 3.
        Binpack weighted = binpack(t, new VolcanoConfig(SimTime.SECOND, 1, 2, 1));
        assertEquals(175.0 / 3, weighted.score(pod, 0), 1e-9);
        // n1, empty: 100 x (2 x 2000/4000 + 2/16) / 3 = 37.5.
        assertEquals(37.5, weighted.score(pod, 1), 1e-9);
        // Defaults (1, 1, 1): n0 = 100 x (0.75 + 0.25) / 2 = 50; binpack.weight 2 doubles it.
        assertEquals(50, binpack(t, VolcanoConfig.defaults()).score(pod, 0), 1e-9);
        assertEquals(100, binpack(t, new VolcanoConfig(SimTime.SECOND, 2, 1, 1)).score(pod, 0), 1e-9);
        // Only requested resources count: a cpu-only pod on n0 scores 100 x 3000/4000.
        assertEquals(75, binpack(t, VolcanoConfig.defaults()).score(PodSpec.ofRequests(2000, 0), 0), 1e-9);
        // On n2 (1000 cpu) a 2000-cpu request overflows: cpu scores 0 but weighs, memory 2/16: 100 x 0.125 / 2.
        assertEquals(6.25, binpack(t, VolcanoConfig.defaults()).score(pod, 2), 1e-9);
        // A pod that requests nothing scores 0 everywhere.
        assertEquals(0, binpack(t, VolcanoConfig.defaults()).score(PodSpec.ofRequests(0, 0), 0), 1e-9);
    }

    @Test
    void shouldPickTheFullestFeasibleNode() {
        NodeTable t = table();
        Binpack b = binpack(t, VolcanoConfig.defaults());
        assertEquals(0, b.place(PodSpec.ofRequests(2000, 2 * GIB)), "n0 already holds a pod");
        // n2 would score highest for cpu (1000/1000) but n0 is nearly full: 3000 + 1000 = 4000 fits there too.
        assertEquals(2, b.place(PodSpec.ofRequests(1000, 0)), "n2: 100 x 1000/1000 beats n0's 100 x 2000/4000");
        assertEquals(1, b.place(PodSpec.ofRequests(4000, 0)), "only the empty n1 fits");
        assertEquals(-1, b.place(PodSpec.ofRequests(5000, 0)));
    }
}
