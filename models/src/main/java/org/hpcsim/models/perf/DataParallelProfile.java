package org.hpcsim.models.perf;

import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.hardware.MigProfile;
import org.hpcsim.models.hardware.Precision;
import org.hpcsim.models.network.AllreduceAlgorithm;
import org.hpcsim.models.network.LinkCost;

/**
 * Data-parallel deep-learning training (Horovod, PyTorch DDP over NCCL): each step every GPU runs
 * its batch, a roofline on the GPU (FLOPs at the precision's peak times {@code efficiency}, or
 * memory traffic at HBM bandwidth, whichever is slower), then the gradients are averaged by a
 * hierarchical allreduce: a ring inside each node over NVLink, then the chosen algorithm across
 * nodes over their NICs, where each node moves the whole gradient (NCCL runs one ring per GPU
 * rail in parallel, sharing the node's ports). Computation and communication are not overlapped,
 * which is the upper bound of a step's time. On a MIG instance the job is one GPU slice: compute
 * and bandwidth scale with its share of compute and memory slices.
 *
 * @param steps                 training steps, or negative to derive them from the recorded runtime
 * @param flopsPerSample        operations per sample (forward and backward)
 * @param memoryBytesPerSample  bytes of device memory traffic per sample
 * @param batchPerGpu           samples per GPU per step
 * @param gradientBytes         bytes of gradients averaged each step (parameters x bytes per parameter)
 * @param precision             the arithmetic the step runs in
 * @param algorithm             the allreduce algorithm across nodes
 * @param efficiency            share of the peak the kernels reach (0..1]
 * @param mig                   the MIG profile the job runs on, or null for whole GPUs
 * @param io                    input and output
 */
public record DataParallelProfile(double steps, double flopsPerSample, double memoryBytesPerSample, int batchPerGpu,
                                  double gradientBytes, Precision precision, AllreduceAlgorithm algorithm,
                                  double efficiency, String mig, Io io) implements AppProfile {
    /**
     * Seconds one NVLink hop adds to a ring step. Assumption: NVIDIA publishes no per-hop figure;
     * NCCL's own tuning model charges a few microseconds of base latency per ring step on NVLink, and
     * 2 us is taken here (it matters only for small gradients).
     */
    static final double NVLINK_STEP_LATENCY = 2e-6;
    /**
     * PCIe 4.0 x16, one direction, bytes per second (PCI-SIG: 16 GT/s x 16 lanes, 128b/130b ~ 31.5 GB/s):
     * what GPUs without NVLink exchange gradients over inside a node.
     */
    static final double PCIE4_X16 = 31.5e9;

    /** Validates the profile. */
    public DataParallelProfile {
        if (!(flopsPerSample > 0) || !(memoryBytesPerSample >= 0) || batchPerGpu < 1 || !(gradientBytes >= 0)
                || precision == null || algorithm == null || !(efficiency > 0) || efficiency > 1 || io == null
                || Double.isNaN(steps)) {
            throw new IllegalArgumentException("data-parallel profile: impossible figures");
        }
    }

    @Override
    public String kind() {
        return "data-parallel";
    }

    @Override
    public double iterations(JobShape shape, Machine machine) {
        return steps;
    }

    @Override
    public IterationCost iteration(JobShape shape, Machine machine) {
        GpuModel gpu = machine.node().gpu();
        if (gpu == null) {
            throw new IllegalArgumentException("data-parallel training needs GPUs; node type "
                    + machine.node().name() + " has none");
        }
        double computeShare = 1;
        double bandwidthShare = 1;
        if (mig != null) {
            MigProfile slice = gpu.mig(mig).orElseThrow(() -> new IllegalArgumentException(
                    "GPU " + gpu.name() + " has no MIG profile " + mig));
            computeShare = slice.computeFraction();
            bandwidthShare = slice.bandwidthFraction();
        }
        double flops = batchPerGpu * flopsPerSample / (gpu.peak(precision) * efficiency * computeShare);
        double memory = batchPerGpu * memoryBytesPerSample / (gpu.memoryBandwidth() * bandwidthShare);
        double seconds = Math.max(flops, memory);
        int nodes = shape.nodes();
        int perNode = gpusPerNode(shape, machine);
        if (mig == null && perNode > 1) {
            // NVLink figures count both directions; a ring step sends one way.
            double link = gpu.nvlinkBandwidth() > 0 ? gpu.nvlinkBandwidth() / 2 : PCIE4_X16;
            seconds += 2.0 * (perNode - 1) / perNode * gradientBytes / link + 2.0 * (perNode - 1) * NVLINK_STEP_LATENCY;
        }
        IterationCost cost = IterationCost.compute(seconds);
        if (mig == null && nodes > 1 && gradientBytes > 0) {
            // The reduction runs on the GPU: three bytes of HBM traffic per byte reduced.
            LinkCost link = machine.linkCost(shape.switches()).withGamma(3 / gpu.memoryBandwidth());
            double time = algorithm.time(nodes, gradientBytes, link);
            double bytes = algorithm.time(nodes, gradientBytes, new LinkCost(0, 1, 0));
            cost = cost.plusCommunication(time, bytes, machine.nicBandwidth(),
                    algorithm == AllreduceAlgorithm.RING ? Traffic.RING : Traffic.ALL_TO_ALL);
        }
        return cost;
    }

    /** GPUs the job uses on each node: what it asked for spread over its nodes, or all of them. */
    static int gpusPerNode(JobShape shape, Machine machine) {
        int onNode = machine.node().gpus();
        if (shape.gpus() == 0) {
            return onNode;
        }
        return Math.min(onNode, (shape.gpus() + shape.nodes() - 1) / shape.nodes());
    }
}
