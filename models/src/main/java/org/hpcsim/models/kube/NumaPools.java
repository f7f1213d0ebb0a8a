package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;

/**
 * What the kubelets' CPU Manager and device manager hold, per node and NUMA node: CPUs free for
 * exclusive use (the static policy's shared pool, less the reserved CPUs) and free GPUs. A node
 * without a {@link NodeTopology} is not tracked.
 */
public final class NumaPools {
    /** The CPUs and GPUs a pod got on its node, by NUMA node. */
    public record Allocation(int node, int[] cpus, int[] gpus) {}

    private final NodeTopology[] topology;
    private final int[][] freeCpu; // [node][numa]
    private final int[][] freeGpu; // [node][numa]
    private final int[][] totalCpu;
    private final int[][] totalGpu;

    /** Pools for {@code perNode} (null entries: nodes whose kubelet manages no topology). */
    public NumaPools(List<NodeTopology> perNode) {
        int n = perNode.size();
        topology = perNode.toArray(new NodeTopology[0]);
        freeCpu = new int[n][];
        freeGpu = new int[n][];
        totalCpu = new int[n][];
        totalGpu = new int[n][];
        for (int i = 0; i < n; i++) {
            NodeTopology t = topology[i];
            if (t == null) {
                continue;
            }
            freeCpu[i] = new int[t.numaNodes()];
            freeGpu[i] = new int[t.numaNodes()];
            totalCpu[i] = new int[t.numaNodes()];
            totalGpu[i] = new int[t.numaNodes()];
            for (int d = 0; d < t.numaNodes(); d++) {
                freeCpu[i][d] = t.exclusiveCpus(d);
                freeGpu[i][d] = t.gpusOn(d);
                totalCpu[i][d] = t.cpusPerNuma(); // cpumanager counts every CPU of the NUMA node for minAffinitySize
                totalGpu[i][d] = t.gpusOn(d);
            }
        }
    }

    /** Node {@code n}'s topology settings, or null when its kubelet manages none. */
    public NodeTopology topology(int n) {
        return topology[n];
    }

    /** CPUs of NUMA node {@code d} of node {@code n} free for exclusive use. */
    public int freeCpus(int n, int d) {
        return freeCpu[n][d];
    }

    /** GPUs of NUMA node {@code d} of node {@code n} not allocated. */
    public int freeGpus(int n, int d) {
        return freeGpu[n][d];
    }

    /**
     * Whether {@code pod} gets exclusive CPUs under the static policy (cpumanager policy_static.go
     * guaranteedCPUs): a Guaranteed pod whose cpu request is a whole number of CPUs.
     */
    public static boolean exclusiveCpus(PodSpec pod) {
        long cpu = pod.request(ResourceNames.CPU);
        return pod.qosClass() == QosClass.GUARANTEED && cpu > 0 && cpu % 1000 == 0;
    }

    /**
     * The providers' hints for {@code pod} on node {@code n}: the CPU Manager's (static policy,
     * exclusive pods only) and the device manager's for {@code gpus} GPUs; null entries for none.
     */
    public List<List<TopologyHint>> hints(PodSpec pod, int n, long gpus) {
        NodeTopology t = topology[n];
        List<List<TopologyHint>> out = new ArrayList<>(2);
        out.add(t.staticCpu() && exclusiveCpus(pod)
                ? TopologyHints.generate(pod.request(ResourceNames.CPU) / 1000, freeCpu[n], totalCpu[n]) : null);
        out.add(TopologyHints.generate(gpus, freeGpu[n], totalGpu[n]));
        return out;
    }

    /**
     * Allocates {@code pod}'s exclusive CPUs (static policy) and its {@code gpus} GPUs on node
     * {@code n}, from the NUMA nodes in {@code mask} first (0: any), then from the others; within
     * each set the fullest NUMA node that holds the request whole, else the fullest, as
     * cpumanager's takeByTopology packs. The scheduler
     * checked the node's totals, so there are enough.
     */
    public Allocation allocate(PodSpec pod, int n, long gpus, long mask) {
        NodeTopology t = topology[n];
        int[] cpus = new int[t.numaNodes()];
        if (t.staticCpu() && exclusiveCpus(pod)) {
            take(freeCpu[n], cpus, (int) (pod.request(ResourceNames.CPU) / 1000), mask, "CPUs");
        }
        int[] devs = new int[t.numaNodes()];
        take(freeGpu[n], devs, (int) gpus, mask, "GPUs");
        return new Allocation(n, cpus, devs);
    }

    /** Gives {@code a}'s CPUs and GPUs back to their NUMA nodes. */
    public void release(Allocation a) {
        for (int d = 0; d < a.cpus().length; d++) {
            freeCpu[a.node()][d] += a.cpus()[d];
            freeGpu[a.node()][d] += a.gpus()[d];
        }
    }

    private static void take(int[] free, int[] got, int want, long mask, String what) {
        int left = takeFrom(free, got, want, mask == 0 ? -1L : mask);
        left = takeFrom(free, got, left, -1L);
        if (left > 0) {
            throw new IllegalStateException(left + " " + what
                    + " short: the scheduler bound a pod the node cannot hold");
        }
    }

    private static int takeFrom(int[] free, int[] got, int want, long mask) {
        while (want > 0) {
            // The fullest NUMA node that holds the rest whole; failing that, the fullest with any free.
            int pick = -1;
            boolean whole = false;
            for (int d = 0; d < free.length; d++) {
                if ((mask & (1L << d)) == 0 || free[d] == 0) {
                    continue;
                }
                boolean fits = free[d] >= want;
                if (pick < 0 || (fits && !whole) || (fits == whole && free[d] < free[pick])) {
                    pick = d;
                    whole = fits;
                }
            }
            if (pick < 0) {
                return want;
            }
            int q = Math.min(want, free[pick]);
            free[pick] -= q;
            got[pick] += q;
            want -= q;
        }
        return 0;
    }
}
