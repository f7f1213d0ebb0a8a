package org.hpcsim.models.kube;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.kube.plugins.Plugins;

/**
 * Measures kube-scheduler scheduling cycles per second on the real code path: a
 * {@link SchedulingCycle} under the default profile over a {@link NodeTable}, binding every pod it
 * places and unbinding the oldest bound pods (FIFO) whenever the cluster's cpu fill passes the
 * target, so the table stays partly full as in a busy cluster.
 */
public final class KubeSchedulerBenchmark {
    private static final long NODE_MILLI_CPU = 32_000;
    private static final long NODE_MEMORY = 128L << 30;
    private static final long[] POD_MILLI_CPU = {500, 1_000, 2_000, 4_000, 8_000};
    private static final int ZONES = 8;

    /**
     * What a run did: scheduling decisions timed, pods left unscheduled among them, the wall-clock
     * nanoseconds spent, the rate, and a checksum over the nodes picked (equal for equal seeds as
     * long as the scheduler's results do not change).
     */
    public record Result(long decisions, long unscheduled, long nanos, double decisionsPerSecond, long checksum) {}

    private KubeSchedulerBenchmark() {}

    /**
     * Runs {@code warmup} untimed decisions, then times {@code pods} more on {@code nodeCount}
     * nodes (32 cores, 128 GiB, {@value #ZONES} zones), keeping cpu fill at about
     * {@code targetFill} (0..1). A fraction {@code spreadFraction} of the pods carry a
     * ScheduleAnyway spread constraint over zones and one over hostnames.
     */
    public static Result run(int nodeCount, int pods, int warmup, double targetFill, double spreadFraction, long seed) {
        if (nodeCount < 1 || pods < 0 || warmup < 0 || targetFill <= 0 || targetFill > 1
                || spreadFraction < 0 || spreadFraction > 1) {
            throw new IllegalArgumentException("bad benchmark parameters");
        }
        List<KubeNode> list = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            list.add(new KubeNode("node-" + i, new long[] {NODE_MILLI_CPU, NODE_MEMORY},
                    Map.of("topology.kubernetes.io/zone", "zone-" + (i % ZONES)), null, false));
        }
        NodeTable table = new NodeTable(list, 2);
        RandomStreams streams = new RandomStreams(seed);
        SchedulingCycle cycle = new SchedulingCycle(Plugins.defaultProfile(), table, streams.stream("kube.tie-break"));
        RandomStream rng = streams.stream("bench.pods");
        PodSpec[] plain = new PodSpec[POD_MILLI_CPU.length * 4];
        PodSpec[] spread = new PodSpec[plain.length];
        for (int c = 0; c < POD_MILLI_CPU.length; c++) {
            for (int m = 0; m < 4; m++) {
                long cpu = POD_MILLI_CPU[c];
                long memory = cpu * ((1L << 30) << m) / 1_000; // 1, 2, 4 or 8 GiB per core
                long[] req = {cpu, memory};
                plain[c * 4 + m] = new PodSpec(req, null, 0, null, null, null, null, null, "app-" + m);
                spread[c * 4 + m] = new PodSpec(req, null, 0, null, null, null, null,
                        List.of(new SpreadConstraint(1, "topology.kubernetes.io/zone", false, "web-" + m),
                                new SpreadConstraint(1, "kubernetes.io/hostname", false, "web-" + m)), "web-" + m);
            }
        }
        long capacity = NODE_MILLI_CPU * nodeCount;
        long limit = (long) (capacity * targetFill);
        long[] used = new long[1];
        ArrayDeque<long[]> bound = new ArrayDeque<>(); // {pod kind, spread?1:0, node}
        long unscheduled = 0;
        long checksum = 17;
        long start = 0;
        for (int i = 0; i < warmup + pods; i++) {
            if (i == warmup) {
                unscheduled = 0;
                checksum = 17;
                // Wall-clock time is fine here: it measures the scheduler and never feeds back into a model.
                start = System.nanoTime();
            }
            int kind = rng.nextInt(plain.length);
            boolean s = rng.nextDouble() < spreadFraction;
            PodSpec pod = s ? spread[kind] : plain[kind];
            int node = cycle.schedule(pod);
            checksum = checksum * 31 + node;
            if (node < 0) {
                unscheduled++;
            } else {
                table.bind(pod, node);
                used[0] += pod.request(ResourceNames.CPU);
                bound.addLast(new long[] {kind, s ? 1 : 0, node});
            }
            while (used[0] > limit && !bound.isEmpty()) {
                long[] b = bound.removeFirst();
                PodSpec old = b[1] == 1 ? spread[(int) b[0]] : plain[(int) b[0]];
                table.unbind(old, (int) b[2]);
                used[0] -= old.request(ResourceNames.CPU);
            }
        }
        long nanos = System.nanoTime() - start;
        return new Result(pods, unscheduled, nanos, nanos > 0 ? pods * 1e9 / nanos : 0.0, checksum);
    }

    /** Prints a run: {@code [nodes pods warmup fill spreadFraction seed]}. */
    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int pods = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        double fill = args.length > 3 ? Double.parseDouble(args[3]) : 0.55;
        double spread = args.length > 4 ? Double.parseDouble(args[4]) : 0.0;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42;
        Result r = run(nodes, pods, warmup, fill, spread, seed);
        System.out.printf("%d decisions (%d unscheduled) on %d nodes in %.1f ms: %.0f decisions/s, checksum %d%n",
                r.decisions(), r.unscheduled(), nodes, r.nanos() / 1e6, r.decisionsPerSecond(), r.checksum());
    }
}
