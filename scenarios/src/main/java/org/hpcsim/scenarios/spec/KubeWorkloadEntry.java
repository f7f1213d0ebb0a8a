package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.models.kube.WorkloadSettings;

/**
 * The workload kind of {@code scheduler.kubernetes}: the {@code workload} word, the worker sizing
 * and the kind's own block ({@code job}, {@code pytorch} or {@code mpi}), read into a pod template's
 * shape, sizing and {@link WorkloadSettings}.
 */
final class KubeWorkloadEntry {
    private KubeWorkloadEntry() {}

    /** A template of the kind {@code workload} names, its workers sized as {@code workerCpu} says. */
    static PodTemplate template(String workload, String workerCpu, Double nodeFraction, JobBlock job,
                                PyTorchBlock pytorch, MpiBlock mpi) {
        String word = workload == null ? "mpijob" : workload.toLowerCase(Locale.ROOT);
        PodTemplate t = switch (word) {
            case "mpijob" -> PodTemplate.mpiJob();
            case "pod-per-task" -> PodTemplate.podPerTask();
            case "job" -> PodTemplate.batchJob();
            case "pytorchjob" -> PodTemplate.pytorchJob();
            default -> throw new InvalidFieldException("workload", "must be mpijob (N workers and a launcher, all"
                    + " needed), pod-per-task, job (a batch Job of independent pods) or pytorchjob (a Master and"
                    + " Workers, all needed), got '" + workload + "'");
        };
        InvalidFieldException.require(job == null || word.equals("job"), "job", "applies only with workload: job");
        InvalidFieldException.require(pytorch == null || word.equals("pytorchjob"), "pytorch",
                "applies only with workload: pytorchjob");
        InvalidFieldException.require(mpi == null || word.equals("mpijob"), "mpi", "applies only with workload: mpijob");
        WorkloadSettings s = WorkloadSettings.DEFAULTS;
        if (job != null) {
            s = s.withJob(job.parallelism(), job.indexed());
        }
        if (pytorch != null) {
            s = s.withMaster(pytorch.masterCpuMillis(), pytorch.masterMemory());
        }
        if (mpi != null) {
            s = s.withMpi(mpi.slotsPerWorker(), mpi.runLauncherAsWorker());
        }
        t = t.withSettings(s);
        boolean slots = s.slotsPerWorker() > 0;
        String sizing = workerCpu == null ? (slots ? "slots" : "node") : workerCpu.toLowerCase(Locale.ROOT);
        InvalidFieldException.require(sizing.equals("node") || sizing.equals("processors")
                        || sizing.equals("slots") && slots, "workerCpu",
                "must be node (a node's cpu x nodeFraction), processors (the job's processors over its workers) or,"
                        + " with mpi.slotsPerWorker, slots (slotsPerWorker cores), got '" + workerCpu + "'");
        double fraction = nodeFraction == null ? 1 : nodeFraction;
        InvalidFieldException.require(fraction > 0 && fraction <= 1, "nodeFraction",
                "must be in (0, 1], got " + fraction);
        return t.withWorkerCpu(switch (sizing) {
            case "node" -> PodTemplate.WorkerCpu.NODE_FRACTION;
            case "processors" -> PodTemplate.WorkerCpu.JOB_PROCESSORS;
            default -> PodTemplate.WorkerCpu.SLOTS;
        }, fraction);
    }

    /** The workload word of {@code shape}, as scenario files write it. */
    static String word(PodTemplate.Shape shape) {
        return switch (shape) {
            case MPIJOB -> "mpijob";
            case POD_PER_TASK -> "pod-per-task";
            case JOB -> "job";
            case PYTORCHJOB -> "pytorchjob";
        };
    }

    /**
     * The {@code job} block: a batch/v1 Job's {@code parallelism} (a number of pods, or {@code all}, the
     * default here: as many as completions, as the trace ran them; upstream's default is 1) and
     * {@code completionMode} (NonIndexed, upstream's default, or Indexed).
     */
    record JobBlock(int parallelism, boolean indexed) {
        @JsonCreator
        static JobBlock fromFile(@JsonProperty("parallelism") String parallelism,
                                 @JsonProperty("completionMode") String completionMode) {
            int p = 0;
            if (parallelism != null && !parallelism.equals("all")) {
                try {
                    p = Integer.parseInt(parallelism.trim());
                } catch (NumberFormatException e) {
                    p = -1;
                }
                InvalidFieldException.require(p >= 1, "job.parallelism",
                        "must be a whole number of pods, at least 1, or all, got '" + parallelism + "'");
            }
            String mode = completionMode == null ? "NonIndexed" : completionMode;
            InvalidFieldException.require(mode.equals("NonIndexed") || mode.equals("Indexed"), "job.completionMode",
                    "must be NonIndexed (the default) or Indexed, got '" + completionMode + "'");
            // Kubernetes API validation: an Indexed Job's parallelism is at most 10^5.
            InvalidFieldException.require(!mode.equals("Indexed") || p <= WorkloadSettings.MAX_INDEXED,
                    "job.parallelism", "must be at most " + WorkloadSettings.MAX_INDEXED
                            + " for an Indexed Job, got " + p);
            return new JobBlock(p, mode.equals("Indexed"));
        }
    }

    /** The {@code pytorch} block: the Master replica's own requests (unset: sized as a worker). */
    record PyTorchBlock(long masterCpuMillis, long masterMemory) {
        @JsonCreator
        static PyTorchBlock fromFile(@JsonProperty("masterCpu") Double masterCpu,
                                     @JsonProperty("masterMemoryGiB") Double masterMemoryGiB) {
            InvalidFieldException.require(masterCpu == null || masterCpu >= 0 && Double.isFinite(masterCpu),
                    "pytorch.masterCpu", "must be 0 or more cores, got " + masterCpu);
            InvalidFieldException.require(masterMemoryGiB == null || masterMemoryGiB >= 0
                            && Double.isFinite(masterMemoryGiB), "pytorch.masterMemoryGiB",
                    "must be 0 or more GiB, got " + masterMemoryGiB);
            return new PyTorchBlock(masterCpu == null ? -1 : Math.round(masterCpu * 1000),
                    masterMemoryGiB == null ? -1 : Math.round(masterMemoryGiB * KubernetesSpec.GIB));
        }
    }

    /** The {@code mpi} block: the MPIJob's {@code slotsPerWorker} and {@code runLauncherAsWorker}. */
    record MpiBlock(int slotsPerWorker, boolean runLauncherAsWorker) {
        @JsonCreator
        static MpiBlock fromFile(@JsonProperty("slotsPerWorker") Integer slotsPerWorker,
                                 @JsonProperty("runLauncherAsWorker") Boolean runLauncherAsWorker) {
            InvalidFieldException.require(slotsPerWorker == null || slotsPerWorker >= 1, "mpi.slotsPerWorker",
                    "must be 1 or more MPI processes per worker, got " + slotsPerWorker);
            return new MpiBlock(slotsPerWorker == null ? 0 : slotsPerWorker,
                    runLauncherAsWorker != null && runLauncherAsWorker);
        }
    }
}
