package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hpcsim.models.kube.AutoscalerConfig;
import org.hpcsim.models.kube.NodeGroup;
import org.hpcsim.models.kube.NodePool;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.models.kube.SchedulerTiming;
import org.hpcsim.models.kube.TaintEffect;
import org.hpcsim.models.kube.Toleration;
import org.hpcsim.models.kube.kueue.KueueConfig;
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
 * @param nodePools      the cluster's node pools, whose node counts sum to the cluster's; empty: all nodes alike
 * @param preemption     whether pods preempt lower-priority ones (PriorityClass preemptionPolicy
 *                       PreemptLowerPriority, upstream's default) or never (Never)
 * @param kueue          Kueue's ClusterQueues and LocalQueues in front of the scheduler, or null for none
 * @param autoscaler     the Cluster Autoscaler and its node groups (boot time and prices still 0: the run
 *                       takes them from the cluster), or null when the pools keep their size
 * @param volcanoQueues  Volcano's queues, or null for none (one queue, no enqueue gating)
 */
public record KubernetesSpec(String config, PodTemplate template, double nodeMemoryGiB, Map<String, String> nodeLabels,
                             double cycleTimeMs, Scheduler scheduler, double schedulePeriodMs, List<NodePool> nodePools,
                             boolean preemption, KueueConfig kueue, AutoscalerConfig autoscaler,
                             VolcanoQueueing volcanoQueues) {
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
        nodePools = nodePools == null ? List.of() : List.copyOf(nodePools);
        List<String> names = new ArrayList<>();
        for (NodePool p : nodePools) {
            InvalidFieldException.require(!names.contains(p.name()), "nodePools", "names must differ, '"
                    + p.name() + "' is used twice");
            names.add(p.name());
        }
        // Whole milliseconds of at least 1: Volcano's period is a duration, and sessions sit on its multiples.
        InvalidFieldException.require(schedulePeriodMs >= 1 && schedulePeriodMs == Math.rint(schedulePeriodMs),
                "volcano.schedulePeriodMs",
                "must be a whole number of milliseconds, at least 1, got " + schedulePeriodMs);
        InvalidFieldException.require(volcanoQueues == null || scheduler == Scheduler.VOLCANO, "volcano.queues",
                "applies only with scheduler: volcano");
        if (scheduler == Scheduler.VOLCANO) {
            // Volcano has its own plugins and no per-pod cycle: settings of kube-scheduler would be ignored silently.
            InvalidFieldException.require(config == null, "config",
                    "is a KubeSchedulerConfiguration, which scheduler: volcano does not read");
            InvalidFieldException.require(cycleTimeMs == 0, "cycleTimeMs",
                    "is kube-scheduler's per-pod cycle time; scheduler: volcano places jobs in sessions");
        }
    }

    /** These settings without Volcano queues. */
    public KubernetesSpec(String config, PodTemplate template, double nodeMemoryGiB, Map<String, String> nodeLabels,
                          double cycleTimeMs, Scheduler scheduler, double schedulePeriodMs, List<NodePool> nodePools,
                          boolean preemption, KueueConfig kueue, AutoscalerConfig autoscaler) {
        this(config, template, nodeMemoryGiB, nodeLabels, cycleTimeMs, scheduler, schedulePeriodMs, nodePools,
                preemption, kueue, autoscaler, null);
    }

    /** These settings without the Cluster Autoscaler. */
    public KubernetesSpec(String config, PodTemplate template, double nodeMemoryGiB, Map<String, String> nodeLabels,
                          double cycleTimeMs, Scheduler scheduler, double schedulePeriodMs, List<NodePool> nodePools,
                          boolean preemption, KueueConfig kueue) {
        this(config, template, nodeMemoryGiB, nodeLabels, cycleTimeMs, scheduler, schedulePeriodMs, nodePools,
                preemption, kueue, null);
    }

    /** These settings without Kueue. */
    public KubernetesSpec(String config, PodTemplate template, double nodeMemoryGiB, Map<String, String> nodeLabels,
                          double cycleTimeMs, Scheduler scheduler, double schedulePeriodMs, List<NodePool> nodePools,
                          boolean preemption) {
        this(config, template, nodeMemoryGiB, nodeLabels, cycleTimeMs, scheduler, schedulePeriodMs, nodePools,
                preemption, null);
    }

    /** These settings with upstream's default preemption policy. */
    public KubernetesSpec(String config, PodTemplate template, double nodeMemoryGiB, Map<String, String> nodeLabels,
                          double cycleTimeMs, Scheduler scheduler, double schedulePeriodMs, List<NodePool> nodePools) {
        this(config, template, nodeMemoryGiB, nodeLabels, cycleTimeMs, scheduler, schedulePeriodMs, nodePools, true);
    }

    /** These settings without node pools. */
    public KubernetesSpec(String config, PodTemplate template, double nodeMemoryGiB, Map<String, String> nodeLabels,
                          double cycleTimeMs, Scheduler scheduler, double schedulePeriodMs) {
        this(config, template, nodeMemoryGiB, nodeLabels, cycleTimeMs, scheduler, schedulePeriodMs, List.of());
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

    /** Volcano's settings: this schedule period, binpack's default weights, and the queues if any. */
    public VolcanoConfig volcano() {
        VolcanoConfig base = VolcanoConfig.defaults().withSchedulePeriod(Math.round(schedulePeriodMs * 1e6));
        return volcanoQueues == null ? base : volcanoQueues.applyTo(base);
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
                                   @JsonProperty("volcano") VolcanoEntry volcano,
                                   @JsonProperty("nodePools") List<KubePoolEntry> nodePools,
                                   @JsonProperty("gpuResource") String gpuResource,
                                   @JsonProperty("nodeSelector") Map<String, String> nodeSelector,
                                   @JsonProperty("tolerations") List<TolerationEntry> tolerations,
                                   @JsonProperty("preemptionPolicy") String preemptionPolicy,
                                   @JsonProperty("kueue") KueueEntry kueue,
                                   @JsonProperty("autoscaler") KubeAutoscalerEntry autoscaler,
                                   @JsonProperty("job") KubeWorkloadEntry.JobBlock job,
                                   @JsonProperty("pytorch") KubeWorkloadEntry.PyTorchBlock pytorch,
                                   @JsonProperty("mpi") KubeWorkloadEntry.MpiBlock mpi,
                                   @JsonProperty("guaranteed") Boolean guaranteed) {
        PodTemplate t = KubeWorkloadEntry.template(workload, workerCpu, nodeFraction, job, pytorch, mpi);
        InvalidFieldException.require(kueue == null || t.shape() != PodTemplate.Shape.JOB, "kueue",
                "is not modelled with workload: job (its Job controller creates pods one by one as others succeed)");
        double perCpu = memoryPerCpuGiB == null ? 0 : memoryPerCpuGiB;
        InvalidFieldException.require(perCpu >= 0 && Double.isFinite(perCpu), "memoryPerCpuGiB",
                "must be 0 or more GiB, got " + perCpu);
        t = t.withMemoryPerCpu(Math.round(perCpu * GIB));
        if (launcher != null) {
            t = t.withLauncher(Math.round(launcher.cpu() * 1000), Math.round(launcher.memoryGiB() * GIB));
        }
        t = t.withPriorities(priority == null ? 0 : priority, priorities);
        if (gpuResource != null) {
            InvalidFieldException.require(GPU_RESOURCE.matcher(gpuResource).matches(), "gpuResource",
                    "must be nvidia.com/gpu or nvidia.com/mig-<profile> (e.g. nvidia.com/mig-1g.10gb), got '"
                            + gpuResource + "'");
        }
        t = t.withGpuResource(gpuResource);
        List<Toleration> tols = new ArrayList<>();
        if (tolerations != null) {
            for (TolerationEntry e : tolerations) {
                InvalidFieldException.require(e != null, "tolerations",
                        "entries must be {key, operator, value, effect}");
                tols.add(e.toleration());
            }
        }
        t = t.withPlacement(nodeSelector, tols);
        // Guaranteed QoS needs cpu and memory limits equal to requests, both set (Kubernetes docs, Pod QoS classes).
        InvalidFieldException.require(guaranteed == null || !guaranteed || perCpu > 0, "guaranteed",
                "needs memoryPerCpuGiB above 0: a Guaranteed pod sets a memory request and limit");
        t = t.withGuaranteed(guaranteed != null && guaranteed);
        List<NodePool> pools = new ArrayList<>();
        List<NodeGroup> groups = new ArrayList<>();
        if (nodePools != null) {
            for (KubePoolEntry p : nodePools) {
                InvalidFieldException.require(p != null, "nodePools", "entries must be {name, nodes, ...}");
                pools.add(p.pool());
                NodeGroup g = p.group();
                if (g != null) {
                    groups.add(g);
                }
            }
        }
        AutoscalerConfig ca = groups.isEmpty() && autoscaler == null ? null
                : (autoscaler == null ? KubeAutoscalerEntry.DEFAULTS : autoscaler)
                        .config(groups);
        InvalidFieldException.require(ca == null || !"volcano".equalsIgnoreCase(scheduler), "autoscaler",
                "the Cluster Autoscaler is modelled under scheduler: default only");
        String which = scheduler == null ? "default" : scheduler.toLowerCase(Locale.ROOT);
        InvalidFieldException.require(which.equals("default") || which.equals("volcano"), "scheduler",
                "must be default (kube-scheduler) or volcano (gang scheduling, binpack), got '" + scheduler + "'");
        InvalidFieldException.require(volcano == null || which.equals("volcano"), "volcano",
                "applies only with scheduler: volcano");
        return new KubernetesSpec(config, t, nodeMemoryGiB == null ? 0 : nodeMemoryGiB, nodeLabels,
                cycleTimeMs == null ? 0 : cycleTimeMs, which.equals("volcano") ? Scheduler.VOLCANO : Scheduler.DEFAULT,
                volcano == null ? DEFAULT_SCHEDULE_PERIOD_MS : volcano.schedulePeriodMs(), pools,
                preempts(preemptionPolicy), kueue == null ? null : kueue.config(), ca,
                volcano == null ? null : volcano.queueing());
    }

    private static boolean preempts(String policy) {
        if (policy == null || policy.equals("PreemptLowerPriority")) {
            return true;
        }
        InvalidFieldException.require(policy.equals("Never"), "preemptionPolicy",
                "must be PreemptLowerPriority (the default) or Never, got '" + policy + "'");
        return false;
    }

    // The device plugin's names: whole GPUs, or a MIG profile such as 1g.10gb, 1g.10gb+me or 7g.80gb.
    private static final Pattern GPU_RESOURCE = Pattern.compile("nvidia\\.com/(gpu|mig-\\d+g\\.\\d+gb(\\+me)?)");

    /** A taint effect as Kubernetes spells it. */
    static TaintEffect effect(String word, String field) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "NoSchedule" -> TaintEffect.NO_SCHEDULE;
            case "PreferNoSchedule" -> TaintEffect.PREFER_NO_SCHEDULE;
            case "NoExecute" -> TaintEffect.NO_EXECUTE;
            default -> throw new InvalidFieldException(field, "must be NoSchedule, PreferNoSchedule or NoExecute, got '"
                    + word + "'");
        };
    }

    /** The word Kubernetes spells {@code effect} with. */
    public static String effectWord(TaintEffect effect) {
        return switch (effect) {
            case NO_SCHEDULE -> "NoSchedule";
            case PREFER_NO_SCHEDULE -> "PreferNoSchedule";
            case NO_EXECUTE -> "NoExecute";
        };
    }

    /** One entry of {@code tolerations}, as a pod spec writes it. */
    record TolerationEntry(String key, String operator, String value, String effect) {
        @JsonCreator
        static TolerationEntry fromFile(@JsonProperty("key") String key, @JsonProperty("operator") String operator,
                                        @JsonProperty("value") String value, @JsonProperty("effect") String effect) {
            return new TolerationEntry(key, operator, value, effect);
        }

        Toleration toleration() {
            String op = operator == null ? "Equal" : operator;
            InvalidFieldException.require(op.equals("Equal") || op.equals("Exists"), "tolerations.operator",
                    "must be Equal or Exists, got '" + operator + "'");
            InvalidFieldException.require(op.equals("Exists") || (key != null && !key.isEmpty()), "tolerations.key",
                    "is required with operator Equal");
            InvalidFieldException.require(op.equals("Equal") || value == null || value.isEmpty(), "tolerations.value",
                    "must be empty with operator Exists");
            return new Toleration(key, op.equals("Exists"), value, KubernetesSpec.effect(effect, "tolerations.effect"));
        }
    }

    static final double GIB = 1024.0 * 1024 * 1024;

    /** The MPI Operator launcher pod's requests. */
    record Launcher(double cpu, double memoryGiB) {
        Launcher {
            InvalidFieldException.require(cpu >= 0 && memoryGiB >= 0, "launcher",
                    "cpu and memoryGiB must be 0 or more");
        }

        @JsonCreator
        static Launcher fromFile(@JsonProperty("cpu") Double cpu, @JsonProperty("memoryGiB") Double memoryGiB) {
            return new Launcher(cpu == null ? 0 : cpu, memoryGiB == null ? 0 : memoryGiB);
        }
    }

    /** The workload word as scenario files write it. */
    public String workloadWord() {
        return KubeWorkloadEntry.word(template.shape());
    }
}
