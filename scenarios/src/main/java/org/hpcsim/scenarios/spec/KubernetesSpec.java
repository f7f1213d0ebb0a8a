package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.models.kube.SchedulerTiming;
import org.hpcsim.models.kube.volcano.VolcanoConfig;

/**
 * Kubernetes settings ({@code scheduler.kubernetes}, policy kubernetes): how trace jobs become
 * pods, what each node offers, the scheduler configuration, and the scheduler's pace.
 *
 * @param config         a KubeSchedulerConfiguration file (relative to the scenario), or null for
 *                       the default profile
 * @param template       how a trace job becomes pods
 * @param nodeMemoryGiB  memory allocatable on each node, GiB, or 0 for the instance type's (else 4 GiB per core)
 * @param nodeLabels     labels every node carries (besides kubernetes.io/hostname)
 * @param cycleTimeMs    simulated milliseconds one scheduling cycle takes, 0 for instantaneous
 * @param scheduler      which scheduler places the pods: kube-scheduler's default or Volcano
 * @param schedulePeriodMs Volcano's schedulePeriod in milliseconds (ignored under the default scheduler)
 */
public record KubernetesSpec(String config, PodTemplate template, double nodeMemoryGiB, Map<String, String> nodeLabels,
                             double cycleTimeMs, Scheduler scheduler, double schedulePeriodMs) {
    /** The schedulers a scenario can pick. */
    public enum Scheduler {
        /** kube-scheduler's default profile, one pod at a time. */
        DEFAULT,
        /** Volcano: gang scheduling of whole jobs, binpack node order. */
        VOLCANO
    }

    /** Volcano's default schedulePeriod, 1 s. */
    public static final double DEFAULT_SCHEDULE_PERIOD_MS = 1000;

    /**
     * Memory per core when neither the scenario nor an instance type gives a node's memory: 4 GiB,
     * the ratio of general-purpose cloud instances (AWS m-family: 16 GiB per 4 vCPUs), an assumption.
     */
    public static final double DEFAULT_GIB_PER_CORE = 4;

    /** Validates the settings. */
    public KubernetesSpec {
        InvalidFieldException.require(template != null, "template", "is required");
        InvalidFieldException.require(nodeMemoryGiB >= 0 && Double.isFinite(nodeMemoryGiB), "nodeMemoryGiB",
                "must be 0 (from the instance type) or a positive GiB figure, got " + nodeMemoryGiB);
        InvalidFieldException.require(cycleTimeMs >= 0 && Double.isFinite(cycleTimeMs), "cycleTimeMs",
                "must be 0 or more milliseconds, got " + cycleTimeMs);
        nodeLabels = nodeLabels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(nodeLabels));
        scheduler = scheduler == null ? Scheduler.DEFAULT : scheduler;
        // Whole milliseconds of at least 1: Volcano's period is a duration, and sessions sit on its multiples.
        InvalidFieldException.require(schedulePeriodMs >= 1 && schedulePeriodMs == Math.rint(schedulePeriodMs),
                "volcano.schedulePeriodMs", "must be a whole number of milliseconds, at least 1, got " + schedulePeriodMs);
        if (scheduler == Scheduler.VOLCANO) {
            // Volcano has its own plugins and no per-pod cycle: settings of kube-scheduler would be ignored silently.
            InvalidFieldException.require(config == null, "config",
                    "is a KubeSchedulerConfiguration, which scheduler: volcano does not read");
            InvalidFieldException.require(cycleTimeMs == 0, "cycleTimeMs",
                    "is kube-scheduler's per-pod cycle time; scheduler: volcano places jobs in sessions");
        }
    }

    /** The default scheduler's settings, as before Volcano could be picked. */
    public KubernetesSpec(String config, PodTemplate template, double nodeMemoryGiB, Map<String, String> nodeLabels,
                          double cycleTimeMs) {
        this(config, template, nodeMemoryGiB, nodeLabels, cycleTimeMs, Scheduler.DEFAULT, DEFAULT_SCHEDULE_PERIOD_MS);
    }

    /** Defaults: MPIJobs of whole-node workers, the default scheduler, instantaneous cycles. */
    public static KubernetesSpec defaults() {
        return new KubernetesSpec(null, PodTemplate.mpiJob(), 0, Map.of(), 0);
    }

    /** Volcano's settings: this schedule period and binpack's default weights. */
    public VolcanoConfig volcano() {
        return VolcanoConfig.defaults().withSchedulePeriod(Math.round(schedulePeriodMs * 1e6));
    }

    /** The scheduler's timing: upstream's queue settings with this cycle time. */
    public SchedulerTiming timing() {
        return SchedulerTiming.DEFAULT.withCycleTime(Math.round(cycleTimeMs * 1e6));
    }

    @JsonCreator
    static KubernetesSpec fromFile(@JsonProperty("config") String config,
                                   @JsonProperty("workload") String workload,
                                   @JsonProperty("workerCpu") String workerCpu,
                                   @JsonProperty("nodeFraction") Double nodeFraction,
                                   @JsonProperty("memoryPerCpuGiB") Double memoryPerCpuGiB,
                                   @JsonProperty("launcher") Launcher launcher,
                                   @JsonProperty("priority") Integer priority,
                                   @JsonProperty("priorities") Map<String, Integer> priorities,
                                   @JsonProperty("nodeMemoryGiB") Double nodeMemoryGiB,
                                   @JsonProperty("nodeLabels") Map<String, String> nodeLabels,
                                   @JsonProperty("cycleTimeMs") Double cycleTimeMs,
                                   @JsonProperty("scheduler") String scheduler,
                                   @JsonProperty("volcano") Volcano volcano) {
        String shape = workload == null ? "mpijob" : workload.toLowerCase(Locale.ROOT);
        InvalidFieldException.require(shape.equals("mpijob") || shape.equals("pod-per-task"), "workload",
                "must be mpijob (N workers and a launcher, all needed) or pod-per-task, got '" + workload + "'");
        PodTemplate t = shape.equals("mpijob") ? PodTemplate.mpiJob() : PodTemplate.podPerTask();
        String sizing = workerCpu == null ? "node" : workerCpu.toLowerCase(Locale.ROOT);
        InvalidFieldException.require(sizing.equals("node") || sizing.equals("processors"), "workerCpu",
                "must be node (a node's cpu x nodeFraction) or processors (the job's processors over its workers),"
                        + " got '" + workerCpu + "'");
        double fraction = nodeFraction == null ? 1 : nodeFraction;
        InvalidFieldException.require(fraction > 0 && fraction <= 1, "nodeFraction", "must be in (0, 1], got " + fraction);
        t = t.withWorkerCpu(sizing.equals("node") ? PodTemplate.WorkerCpu.NODE_FRACTION
                : PodTemplate.WorkerCpu.JOB_PROCESSORS, fraction);
        double perCpu = memoryPerCpuGiB == null ? 0 : memoryPerCpuGiB;
        InvalidFieldException.require(perCpu >= 0 && Double.isFinite(perCpu), "memoryPerCpuGiB",
                "must be 0 or more GiB, got " + perCpu);
        t = t.withMemoryPerCpu(Math.round(perCpu * GIB));
        if (launcher != null) {
            t = t.withLauncher(Math.round(launcher.cpu() * 1000), Math.round(launcher.memoryGiB() * GIB));
        }
        t = t.withPriorities(priority == null ? 0 : priority, priorities);
        String which = scheduler == null ? "default" : scheduler.toLowerCase(Locale.ROOT);
        InvalidFieldException.require(which.equals("default") || which.equals("volcano"), "scheduler",
                "must be default (kube-scheduler) or volcano (gang scheduling, binpack), got '" + scheduler + "'");
        InvalidFieldException.require(volcano == null || which.equals("volcano"), "volcano",
                "applies only with scheduler: volcano");
        return new KubernetesSpec(config, t, nodeMemoryGiB == null ? 0 : nodeMemoryGiB, nodeLabels,
                cycleTimeMs == null ? 0 : cycleTimeMs, which.equals("volcano") ? Scheduler.VOLCANO : Scheduler.DEFAULT,
                volcano == null ? DEFAULT_SCHEDULE_PERIOD_MS : volcano.schedulePeriodMs());
    }

    /** The {@code volcano} block: Volcano's scheduler settings. */
    record Volcano(double schedulePeriodMs) {
        @JsonCreator
        static Volcano fromFile(@JsonProperty("schedulePeriodMs") Double schedulePeriodMs) {
            return new Volcano(schedulePeriodMs == null ? DEFAULT_SCHEDULE_PERIOD_MS : schedulePeriodMs);
        }
    }

    private static final double GIB = 1024.0 * 1024 * 1024;

    /** The MPI Operator launcher pod's requests. */
    record Launcher(double cpu, double memoryGiB) {
        Launcher {
            InvalidFieldException.require(cpu >= 0 && memoryGiB >= 0, "launcher", "cpu and memoryGiB must be 0 or more");
        }

        @JsonCreator
        static Launcher fromFile(@JsonProperty("cpu") Double cpu, @JsonProperty("memoryGiB") Double memoryGiB) {
            return new Launcher(cpu == null ? 0 : cpu, memoryGiB == null ? 0 : memoryGiB);
        }
    }

    /** The workload word as scenario files write it. */
    public String workloadWord() {
        return template.shape() == PodTemplate.Shape.MPIJOB ? "mpijob" : "pod-per-task";
    }
}
