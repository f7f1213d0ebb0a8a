package org.hpcsim.models.kube;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.models.workload.Job;

/**
 * How a rigid trace job becomes pods. Except as a batch Job, the job runs only once every one of
 * its pods is bound, at the time of the last bind, and holds them all until it ends: a trace job's
 * recorded run needs all its processors at once, whatever Kubernetes object would carry it.
 *
 * <ul>
 *   <li>{@link Shape#MPIJOB}: as the MPI Operator v2 runs an MPIJob, N worker pods and one launcher
 *       pod, created together (launcherCreationPolicy AtStartup, its default; WaitForWorkersReady is
 *       not modelled). N is {@link #replicas}. A worker asks for a node's cpu allocatable times
 *       {@code nodeFraction}, for its share of the job's processors, or for slotsPerWorker cores
 *       ({@link WorkerCpu}); "a node" is the smallest node's cpu, so a worker fits any node of a
 *       mixed cluster when empty. With runLauncherAsWorker the launcher is one of the N (mpi-operator
 *       PR #612: the launcher joins the hostfile) and asks for a worker's resources.</li>
 *   <li>{@link Shape#POD_PER_TASK}: a Job with parallelism = completions = processors, one pod of
 *       one cpu per processor.</li>
 *   <li>{@link Shape#JOB}: a batch/v1 Job of completions = N pods sized as workers, run at most
 *       {@code parallelism} at a time, each pod independent of the others ({@link BatchJobs}).</li>
 *   <li>{@link Shape#PYTORCHJOB}: a Kubeflow PyTorchJob of one Master and N - 1 Workers, all needed;
 *       the master asks for a worker's resources unless the settings give its own.</li>
 * </ul>
 * Memory is requested per cpu; GPUs are spread over the worker pods (rounded up for an MPIJob,
 * exactly for pods per task) under {@code nvidia.com/gpu}, or under {@code gpuResource} when the
 * template names another (a MIG slice such as {@code nvidia.com/mig-1g.10gb}: each of the job's
 * GPUs is then one slice). The launcher never asks for GPUs, unless it runs as a worker.
 *
 * @param shape             how the job becomes pods
 * @param workerCpu         how an MPIJob worker's cpu request is sized
 * @param nodeFraction      with {@link WorkerCpu#NODE_FRACTION}, the share of a node's cpu a worker asks for
 * @param memoryPerCpu      bytes of memory requested per cpu (0: no memory request)
 * @param launcherCpuMillis the launcher pod's cpu request in millicores (0: none, as most MPIJob examples)
 * @param launcherMemory    the launcher pod's memory request in bytes
 * @param priority          the PriorityClass value of a job's pods
 * @param qosPriorities     PriorityClass values by the job's QOS label, overriding {@code priority}
 * @param nodeSelector      labels every pod's node must carry
 * @param tolerations       tolerations every pod carries
 * @param gpuResource       the extended resource a job's GPUs are requested as (null: {@code nvidia.com/gpu})
 * @param gpuIndex          the index of {@code gpuResource} once {@link #resolve resolved}, -1 before
 * @param settings          parallelism, completion mode, slots per worker, launcher and master settings
 * @param guaranteed        whether pods set cpu and memory limits equal to their requests, which makes
 *                          them Guaranteed (QoS) when both are set, as the CPU Manager's static policy wants
 */
public record PodTemplate(Shape shape, WorkerCpu workerCpu, double nodeFraction, long memoryPerCpu,
                          long launcherCpuMillis, long launcherMemory, int priority, Map<String, Integer> qosPriorities,
                          Map<String, String> nodeSelector, List<Toleration> tolerations, String gpuResource,
                          int gpuIndex, WorkloadSettings settings, boolean guaranteed) {
    /** The Kubernetes objects a trace job can become. */
    public enum Shape { MPIJOB, POD_PER_TASK, JOB, PYTORCHJOB }

    /** How an MPIJob worker's cpu request is sized. */
    public enum WorkerCpu {
        /** A node's cpu allocatable times the template's fraction: one worker per node, as HPC users write them. */
        NODE_FRACTION,
        /** The job's processors over its workers, rounded up to a millicore. */
        JOB_PROCESSORS,
        /** An MPIJob's slotsPerWorker cores: one core per MPI process. */
        SLOTS
    }

    /** Validates and copies. */
    public PodTemplate {
        if (shape == null || workerCpu == null || !(nodeFraction > 0 && nodeFraction <= 1) || memoryPerCpu < 0
                || launcherCpuMillis < 0 || launcherMemory < 0) {
            throw new IllegalArgumentException("a pod template needs a shape, a worker sizing, a node fraction in"
                    + " (0, 1] and non-negative requests");
        }
        qosPriorities = qosPriorities == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(qosPriorities));
        nodeSelector = nodeSelector == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(nodeSelector));
        tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
        settings = settings == null ? WorkloadSettings.DEFAULTS : settings;
        if (workerCpu == WorkerCpu.SLOTS && settings.slotsPerWorker() == 0) {
            throw new IllegalArgumentException("workers sized by slots need slotsPerWorker");
        }
        // Null and the default name are one setting, so a template written and read back stays equal.
        gpuResource = gpuResource == null || gpuResource.equals(GPU) ? null : gpuResource;
        if (gpuIndex < -1 || gpuIndex == ResourceNames.CPU || gpuIndex == ResourceNames.MEMORY) {
            throw new IllegalArgumentException("a GPU resource index must be an extended resource's, got " + gpuIndex);
        }
    }

    /** The extended resource the NVIDIA device plugin advertises for whole GPUs. */
    public static final String GPU = "nvidia.com/gpu";

    /** MPIJobs whose workers each ask for a whole node's cpu, with a launcher that asks for nothing. */
    public static PodTemplate mpiJob() {
        return new PodTemplate(Shape.MPIJOB, WorkerCpu.NODE_FRACTION, 1.0, 0, 0, 0, 0, null, null, null, null, -1,
                WorkloadSettings.DEFAULTS, false);
    }

    /**
     * Trace jobs as batch Jobs: completions = {@link #replicas} pods sized as MPIJob workers, all at
     * once and NonIndexed until {@link #withSettings} says otherwise; see {@link BatchJobs}.
     */
    public static PodTemplate batchJob() {
        return mpiJob().withShape(Shape.JOB);
    }

    /** Trace jobs as Kubeflow PyTorchJobs: one Master and {@link #replicas} - 1 Workers, all needed. */
    public static PodTemplate pytorchJob() {
        return mpiJob().withShape(Shape.PYTORCHJOB);
    }

    /** This template with another shape. */
    public PodTemplate withShape(Shape newShape) {
        return new PodTemplate(newShape, workerCpu, nodeFraction, memoryPerCpu, launcherCpuMillis, launcherMemory,
                priority, qosPriorities, nodeSelector, tolerations, gpuResource, gpuIndex, settings, guaranteed);
    }

    /** This template with limits equal to requests ({@code on}) or requests only. */
    public PodTemplate withGuaranteed(boolean on) {
        return new PodTemplate(shape, workerCpu, nodeFraction, memoryPerCpu, launcherCpuMillis, launcherMemory,
                priority, qosPriorities, nodeSelector, tolerations, gpuResource, gpuIndex, settings, on);
    }

    /** This template with the workload kinds' {@code newSettings}. */
    public PodTemplate withSettings(WorkloadSettings newSettings) {
        return new PodTemplate(shape, workerCpu, nodeFraction, memoryPerCpu, launcherCpuMillis, launcherMemory,
                priority, qosPriorities, nodeSelector, tolerations, gpuResource, gpuIndex, newSettings, guaranteed);
    }

    /** One one-cpu pod per processor. */
    public static PodTemplate podPerTask() {
        return new PodTemplate(Shape.POD_PER_TASK, WorkerCpu.NODE_FRACTION, 1.0, 0, 0, 0, 0, null, null, null, null,
                -1, WorkloadSettings.DEFAULTS, false);
    }

    /** This template with workers sized as {@code sizing} says ({@code fraction} for node fractions). */
    public PodTemplate withWorkerCpu(WorkerCpu sizing, double fraction) {
        return new PodTemplate(shape, sizing, fraction, memoryPerCpu, launcherCpuMillis, launcherMemory, priority,
                qosPriorities, nodeSelector, tolerations, gpuResource, gpuIndex, settings, guaranteed);
    }

    /** This template with {@code bytes} of memory requested per cpu. */
    public PodTemplate withMemoryPerCpu(long bytes) {
        return new PodTemplate(shape, workerCpu, nodeFraction, bytes, launcherCpuMillis, launcherMemory, priority,
                qosPriorities, nodeSelector, tolerations, gpuResource, gpuIndex, settings, guaranteed);
    }

    /** This template with a launcher asking for {@code cpuMillis} and {@code memory}. */
    public PodTemplate withLauncher(long cpuMillis, long memory) {
        return new PodTemplate(shape, workerCpu, nodeFraction, memoryPerCpu, cpuMillis, memory, priority,
                qosPriorities, nodeSelector, tolerations, gpuResource, gpuIndex, settings, guaranteed);
    }

    /** This template with priority {@code value}, and {@code byQos} for jobs whose QOS it names. */
    public PodTemplate withPriorities(int value, Map<String, Integer> byQos) {
        return new PodTemplate(shape, workerCpu, nodeFraction, memoryPerCpu, launcherCpuMillis, launcherMemory, value,
                byQos, nodeSelector, tolerations, gpuResource, gpuIndex, settings, guaranteed);
    }

    /** This template with pods selecting nodes by {@code selector} and tolerating {@code tolerates}. */
    public PodTemplate withPlacement(Map<String, String> selector, List<Toleration> tolerates) {
        return new PodTemplate(shape, workerCpu, nodeFraction, memoryPerCpu, launcherCpuMillis, launcherMemory,
                priority,
                qosPriorities, selector, tolerates, gpuResource, gpuIndex, settings, guaranteed);
    }

    /** This template with GPUs requested as {@code resource} (null: {@code nvidia.com/gpu}), not yet resolved. */
    public PodTemplate withGpuResource(String resource) {
        return new PodTemplate(shape, workerCpu, nodeFraction, memoryPerCpu, launcherCpuMillis, launcherMemory,
                priority,
                qosPriorities, nodeSelector, tolerations, resource, -1, settings, guaranteed);
    }

    /** The name GPUs are requested as. */
    public String gpuResourceName() {
        return gpuResource == null ? GPU : gpuResource;
    }

    /**
     * This template with its GPU resource's index in {@code resources}, registering the name; only a
     * resource other than {@code nvidia.com/gpu} needs it, since the controller passes that one's index.
     */
    public PodTemplate resolve(ResourceNames resources) {
        if (gpuResource == null) {
            return this;
        }
        return new PodTemplate(shape, workerCpu, nodeFraction, memoryPerCpu, launcherCpuMillis, launcherMemory,
                priority,
                qosPriorities, nodeSelector, tolerations, gpuResource, resources.indexOf(gpuResource), settings,
                guaranteed);
    }

    /** The priority of {@code job}'s pods. */
    public int priorityOf(Job job) {
        Integer p = qosPriorities.get(job.labels().qos());
        return p == null ? priority : p;
    }

    /**
     * Replicas {@code job} becomes, on nodes of {@code nodeCpuMillis} cpu: an MPIJob's workers (the
     * launcher included with runLauncherAsWorker), a Job's completions, a PyTorchJob's master and
     * workers. With slotsPerWorker, the job's processors over the slots, rounded up; else its node
     * count, or when it gives none its processors over a node's cores, rounded up.
     */
    public int replicas(Job job, long nodeCpuMillis) {
        if (settings.slotsPerWorker() > 0) {
            return (job.processors() + settings.slotsPerWorker() - 1) / settings.slotsPerWorker();
        }
        if (job.nodes() > 0) {
            return job.nodes();
        }
        long cores = Math.max(1, nodeCpuMillis / 1000);
        return (int) Math.max(1, (job.processors() + cores - 1) / cores);
    }

    /**
     * The pods of {@code job} in the order their controller creates them: an MPIJob's workers, then
     * its launcher; a Job's pods by completion index; a PyTorchJob's master, then its workers.
     * {@code nodeCpuMillis} is the smallest node's cpu, {@code gpu} the index of {@code nvidia.com/gpu}
     * (-1 when no node has one) and {@code resources} the number of resources known.
     */
    public PodSpec[] pods(Job job, long nodeCpuMillis, int gpu, int resources) {
        int prio = priorityOf(job);
        if (gpuResource != null) {
            // An unresolved override must not fall back to whole GPUs silently: the pods would ask for the wrong thing.
            if (gpuIndex < 0 && job.gpus() > 0) {
                throw new IllegalStateException("GPU resource " + gpuResource
                        + " was not resolved against the cluster's");
            }
            gpu = gpuIndex;
            resources = Math.max(resources, gpuIndex + 1);
        }
        if (shape == Shape.POD_PER_TASK) {
            int n = job.processors();
            PodSpec[] pods = new PodSpec[n];
            for (int i = 0; i < n; i++) {
                int gpus = job.gpus() / n + (i < job.gpus() % n ? 1 : 0);
                pods[i] = pod(resources, 1000, memoryPerCpu, gpu, gpus, prio);
            }
            return pods;
        }
        int n = replicas(job, nodeCpuMillis);
        long cpu = switch (workerCpu) {
            case NODE_FRACTION -> (long) Math.floor(nodeCpuMillis * nodeFraction);
            case JOB_PROCESSORS -> (job.processors() * 1000L + n - 1) / n;
            case SLOTS -> settings.slotsPerWorker() * 1000L;
        };
        long memory = Math.multiplyExact(cpu, memoryPerCpu) / 1000;
        int gpus = (job.gpus() + n - 1) / n;
        PodSpec worker = pod(resources, cpu, memory, gpu, gpus, prio);
        switch (shape) {
            case JOB -> {
                PodSpec[] pods = new PodSpec[n];
                java.util.Arrays.fill(pods, worker);
                return pods;
            }
            case PYTORCHJOB -> {
                // The master is rank 0 of the training: it trains too, so it holds a replica's GPUs.
                PodSpec[] pods = new PodSpec[n];
                long masterCpu = settings.masterCpuMillis() >= 0 ? settings.masterCpuMillis() : cpu;
                long masterMemory = settings.masterMemory() >= 0 ? settings.masterMemory() : memory;
                pods[0] = pod(resources, masterCpu, masterMemory, gpu, gpus, prio);
                java.util.Arrays.fill(pods, 1, n, worker);
                return pods;
            }
            default -> {
                // runLauncherAsWorker puts the launcher in the hostfile: it is one of the n, with a worker's requests.
                int workers = settings.launcherAsWorker() ? n - 1 : n;
                PodSpec[] pods = new PodSpec[workers + 1];
                java.util.Arrays.fill(pods, 0, workers, worker);
                pods[workers] = settings.launcherAsWorker() ? worker
                        : pod(resources, launcherCpuMillis, launcherMemory, gpu, 0, prio);
                return pods;
            }
        }
    }

    private PodSpec pod(int resources, long cpuMillis, long memory, int gpu, int gpus, int prio) {
        if (gpus > 0 && gpu < 0) {
            throw new IllegalArgumentException("pods ask for GPUs but no node offers " + gpuResourceName());
        }
        long[] requests = new long[Math.max(2, resources)];
        requests[ResourceNames.CPU] = cpuMillis;
        requests[ResourceNames.MEMORY] = memory;
        if (gpus > 0) {
            requests[gpu] = gpus;
        }
        // Guaranteed: every limit equals its request (an extended resource's limit always does).
        return new PodSpec(requests, guaranteed ? requests : null, prio, nodeSelector, null, null, tolerations, null,
                "");
    }
}
