package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's nodes and what the pods bound to them request, in primitive arrays by resource and
 * node, so a scheduling cycle reads them without allocating.
 */
public final class NodeTable {
    /** Upstream's schedutil.DefaultMilliCPURequest: what scoring counts for a container without a cpu request. */
    public static final long DEFAULT_MILLI_CPU_REQUEST = 100;
    /** Upstream's schedutil.DefaultMemoryRequest (200 MiB): what scoring counts for a container without a memory request. */
    public static final long DEFAULT_MEMORY_REQUEST = 200L * 1024 * 1024;

    private final List<KubeNode> nodes;
    private final int resources;
    private final long[][] allocatable; // [resource][node]
    private final long[][] requested;   // [resource][node]
    // NodeInfo.NonZeroRequested for cpu and memory: what NodeResourcesFit scores with, so pods without
    // requests still weigh on a node (upstream's reason for the defaults).
    private final long[][] nonZeroRequested; // [CPU or MEMORY][node]
    private final long defaultMilliCpu;
    private final long defaultMemory;
    private final int[] pods;
    // Whether each node exists: the Cluster Autoscaler's nodes not yet launched (or removed) are
    // absent, with nothing allocatable, and take no pod.
    private final boolean[] present;
    // Pods bound per label group and node, for PodTopologySpread; groups are indexed once so the
    // cycle's loops read int arrays, not maps.
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final List<int[]> groupPods = new ArrayList<>();
    // Node labels as domain numbers per topology key (labels never change), and, per group, pods
    // counted by domain for the keys asked about, kept up to date by bind and unbind.
    private final Map<String, int[]> domainOf = new HashMap<>();
    private final Map<String, Integer> domainCount = new HashMap<>();
    private final Map<String, Boolean> keyOnEveryNode = new HashMap<>();
    private final List<List<DomainCounts>> groupDomainCounts = new ArrayList<>();

    private record DomainCounts(String key, int[] domainOf, int[] counts) {}

    /** The well-known hostname label; a node without it counts its name as its value, as kubelet sets it. */
    public static final String HOSTNAME_LABEL = "kubernetes.io/hostname";
    // Facts about the (immutable) nodes that let a cycle skip a plugin whose answer is the same everywhere.
    private final boolean anyUnschedulable;
    private final boolean anyHardTaint;
    private final boolean anyPreferNoScheduleTaint;

    /** A table of {@code nodes} with {@code resources} resources known, and upstream's non-zero request defaults. */
    public NodeTable(List<KubeNode> nodes, int resources) {
        this(nodes, resources, DEFAULT_MILLI_CPU_REQUEST, DEFAULT_MEMORY_REQUEST);
    }

    /**
     * A table whose scoring counts {@code defaultMilliCpu} and {@code defaultMemory} for a pod that
     * requests no cpu or memory. A {@link PodSpec} cannot tell an omitted request from an explicit
     * 0, which upstream can; 0 and 0 model pods whose zero requests are explicit.
     */
    public NodeTable(List<KubeNode> nodes, int resources, long defaultMilliCpu, long defaultMemory) {
        if (resources < 2) {
            throw new IllegalArgumentException("a node table knows at least cpu and memory, got " + resources + " resources");
        }
        if (defaultMilliCpu < 0 || defaultMemory < 0) {
            throw new IllegalArgumentException("non-zero request defaults must not be negative");
        }
        this.nodes = List.copyOf(nodes);
        this.resources = resources;
        this.defaultMilliCpu = defaultMilliCpu;
        this.defaultMemory = defaultMemory;
        int n = nodes.size();
        allocatable = new long[resources][n];
        requested = new long[resources][n];
        nonZeroRequested = new long[2][n];
        pods = new int[n];
        present = new boolean[n];
        java.util.Arrays.fill(present, true);
        boolean unschedulable = false;
        boolean hard = false;
        boolean prefer = false;
        for (int i = 0; i < n; i++) {
            KubeNode node = nodes.get(i);
            for (int r = 0; r < resources; r++) {
                allocatable[r][i] = node.allocatable(r);
            }
            unschedulable |= node.unschedulable();
            for (Taint t : node.taints()) {
                if (t.effect() == TaintEffect.PREFER_NO_SCHEDULE) {
                    prefer = true;
                } else {
                    hard = true;
                }
            }
        }
        anyUnschedulable = unschedulable;
        anyHardTaint = hard;
        anyPreferNoScheduleTaint = prefer;
    }

    /** The smallest allocatable quantity of resource {@code r} over the nodes. */
    public long smallestAllocatable(int r) {
        long smallest = Long.MAX_VALUE;
        for (KubeNode n : nodes) {
            smallest = Math.min(smallest, n.allocatable(r));
        }
        return smallest;
    }

    /** Whether node {@code n} exists (every node does, unless an autoscaler took it out). */
    public boolean present(int n) {
        return present[n];
    }

    /**
     * Makes node {@code n} exist, with its allocatable resources, or not, with none; a node taken
     * out must hold no pod.
     */
    public void setPresent(int n, boolean exists) {
        if (!exists && pods[n] > 0) {
            throw new IllegalStateException("node " + n + " still holds " + pods[n] + " pods");
        }
        present[n] = exists;
        for (int r = 0; r < resources; r++) {
            allocatable[r][n] = exists ? nodes.get(n).allocatable(r) : 0;
        }
    }

    /** Whether any node is cordoned. */
    public boolean anyUnschedulable() {
        return anyUnschedulable;
    }

    /** Whether any node has a NoSchedule or NoExecute taint. */
    public boolean anyHardTaint() {
        return anyHardTaint;
    }

    /** Whether any node has a PreferNoSchedule taint. */
    public boolean anyPreferNoScheduleTaint() {
        return anyPreferNoScheduleTaint;
    }

    /**
     * The table's own row of allocatable quantities of resource {@code r} by node, for loops that
     * read many nodes; read-only (writing to it corrupts the table). {@code r} must be a known resource.
     */
    public long[] allocatableRow(int r) {
        return allocatable[r];
    }

    /** The table's own row of requested quantities of resource {@code r} by node; read-only, as {@link #allocatableRow}. */
    public long[] requestedRow(int r) {
        return requested[r];
    }

    /**
     * The table's own row of {@link #nonZeroRequested} of resource {@code r} by node; read-only, as
     * {@link #allocatableRow}.
     */
    public long[] nonZeroRequestedRow(int r) {
        return r == ResourceNames.CPU || r == ResourceNames.MEMORY ? nonZeroRequested[r] : requested[r];
    }

    /**
     * For each node, its domain number under topology key {@code key} (numbered in node order from
     * 0), or -1 when it lacks the label; the table's own array, read-only.
     */
    public int[] topologyDomains(String key) {
        int[] d = domainOf.get(key);
        if (d == null) {
            d = new int[nodes.size()];
            Map<String, Integer> numbers = new HashMap<>();
            boolean everyNode = true;
            for (int n = 0; n < d.length; n++) {
                KubeNode node = nodes.get(n);
                String value = node.labels().get(key);
                if (value == null && HOSTNAME_LABEL.equals(key)) {
                    value = node.name();
                }
                d[n] = value == null ? -1 : numbers.computeIfAbsent(value, v -> numbers.size());
                everyNode &= value != null;
            }
            domainOf.put(key, d);
            domainCount.put(key, numbers.size());
            keyOnEveryNode.put(key, everyNode);
        }
        return d;
    }

    /** How many domains topology key {@code key} has. */
    public int topologyDomainCount(String key) {
        topologyDomains(key);
        return domainCount.get(key);
    }

    /** Whether every node has a value for topology key {@code key}. */
    public boolean everyNodeHas(String key) {
        topologyDomains(key);
        return keyOnEveryNode.get(key);
    }

    /**
     * Pods of group index {@code g} (at least 0) bound in each domain of topology key {@code key},
     * summed over the nodes that have the key; the table's own array, read-only, kept current by
     * {@link #bind} and {@link #unbind}.
     */
    public int[] groupPodsByDomain(String key, int g) {
        List<DomainCounts> list = groupDomainCounts.get(g);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(key)) {
                return list.get(i).counts();
            }
        }
        int[] d = topologyDomains(key);
        int[] counts = new int[domainCount.get(key)];
        int[] row = groupPods.get(g);
        for (int n = 0; n < d.length; n++) {
            if (d[n] >= 0) {
                counts[d[n]] += row[n];
            }
        }
        list.add(new DomainCounts(key, d, counts));
        return counts;
    }

    private void countInDomains(int g, int n, int delta) {
        List<DomainCounts> list = groupDomainCounts.get(g);
        for (int i = 0; i < list.size(); i++) {
            DomainCounts c = list.get(i);
            int d = c.domainOf()[n];
            if (d >= 0) {
                c.counts()[d] += delta;
            }
        }
    }

    /** The table's own row of pods of group index {@code g} by node, or null for g = -1; read-only. */
    public int[] groupPodsRow(int g) {
        return g < 0 ? null : groupPods.get(g);
    }

    /** Nodes in the table. */
    public int size() {
        return nodes.size();
    }

    /** Resources known. */
    public int resources() {
        return resources;
    }

    /** Node {@code n}. */
    public KubeNode node(int n) {
        return nodes.get(n);
    }

    /** Allocatable quantity of resource {@code r} on node {@code n} (0 for a resource the table does not know). */
    public long allocatable(int r, int n) {
        return r >= 0 && r < resources ? allocatable[r][n] : 0;
    }

    /** Quantity of resource {@code r} requested by the pods bound to node {@code n}. */
    public long requested(int r, int n) {
        return r >= 0 && r < resources ? requested[r][n] : 0;
    }

    /**
     * Requested quantity of resource {@code r} on node {@code n} with the non-zero defaults applied
     * to cpu and memory (upstream's NodeInfo.NonZeroRequested); other resources as {@link #requested}.
     */
    public long nonZeroRequested(int r, int n) {
        return r == ResourceNames.CPU || r == ResourceNames.MEMORY ? nonZeroRequested[r][n] : requested(r, n);
    }

    /** {@code pod}'s request of resource {@code r} with the non-zero default for cpu and memory. */
    public long nonZeroRequest(PodSpec pod, int r) {
        long q = pod.request(r);
        if (q != 0) {
            return q;
        }
        return r == ResourceNames.CPU ? defaultMilliCpu : r == ResourceNames.MEMORY ? defaultMemory : 0;
    }

    /** Pods bound to node {@code n}. */
    public int pods(int n) {
        return pods[n];
    }

    /** The index of label group {@code group} for {@link #groupPods(int, int)}, or -1 when no pod of it was ever bound. */
    public int groupIndex(String group) {
        Integer g = groupIndex.get(group);
        return g == null ? -1 : g;
    }

    /** Pods of group index {@code g} bound to node {@code n} (0 for g = -1). */
    public int groupPods(int g, int n) {
        return g < 0 ? 0 : groupPods.get(g)[n];
    }

    /**
     * Whether {@code pod}'s requests fit in what node {@code n} has left. A request for a resource
     * past the table's resources cannot fit: no node has any of it, as upstream's Insufficient says.
     */
    public boolean fits(PodSpec pod, int n) {
        if (!present[n]) {
            return false;
        }
        for (int r = 0; r < resources; r++) {
            long want = pod.request(r);
            if (want > 0 && requested[r][n] + want > allocatable[r][n]) {
                return false;
            }
        }
        for (int r = resources; r < pod.requests().length; r++) {
            if (pod.request(r) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Binds {@code pod} to node {@code n}: its requests and its group count there. */
    public void bind(PodSpec pod, int n) {
        for (int r = 0; r < resources; r++) {
            requested[r][n] += pod.request(r);
        }
        nonZeroRequested[ResourceNames.CPU][n] += nonZeroRequest(pod, ResourceNames.CPU);
        nonZeroRequested[ResourceNames.MEMORY][n] += nonZeroRequest(pod, ResourceNames.MEMORY);
        pods[n]++;
        int g = groupIndex(pod.group());
        if (g < 0) {
            g = groupPods.size();
            groupIndex.put(pod.group(), g);
            groupPods.add(new int[nodes.size()]);
            groupDomainCounts.add(new ArrayList<>());
        }
        groupPods.get(g)[n]++;
        countInDomains(g, n, 1);
    }

    /** {@code pod}, bound to node {@code n}, has left it; checked before anything changes, so a bad call leaves the table whole. */
    public void unbind(PodSpec pod, int n) {
        for (int r = 0; r < resources; r++) {
            if (requested[r][n] - pod.request(r) < 0) {
                throw new IllegalStateException("node " + n + ": requests of resource " + r + " would go negative");
            }
        }
        int g = groupIndex(pod.group());
        if (pods[n] == 0 || g < 0 || groupPods.get(g)[n] == 0) {
            throw new IllegalStateException("node " + n + ": no pod of group '" + pod.group() + "' is bound there");
        }
        for (int r = 0; r < resources; r++) {
            requested[r][n] -= pod.request(r);
        }
        nonZeroRequested[ResourceNames.CPU][n] -= nonZeroRequest(pod, ResourceNames.CPU);
        nonZeroRequested[ResourceNames.MEMORY][n] -= nonZeroRequest(pod, ResourceNames.MEMORY);
        pods[n]--;
        groupPods.get(g)[n]--;
        countInDomains(g, n, -1);
    }
}
