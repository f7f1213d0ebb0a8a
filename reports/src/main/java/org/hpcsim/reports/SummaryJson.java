package org.hpcsim.reports;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.kube.AutoscalerStats;
import org.hpcsim.models.kube.BatchQueueStats;
import org.hpcsim.models.kube.KubeStats;
import org.hpcsim.models.kube.volcano.VolcanoQueueStats;
import org.hpcsim.models.platform.PlatformStats;
import org.hpcsim.models.run.InterruptionStats;
import org.hpcsim.models.run.LaunchStats;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.scenarios.ScenarioWriter;
import org.hpcsim.scenarios.run.RunReport;

/**
 * Writes {@code summary.json}: the scenario as run, the workload's provenance and drops, the
 * headline metrics and the engine's counters. It holds nothing that varies between two runs of
 * the same scenario and seed (no wall-clock times, no host names), so equal runs give equal files.
 */
public final class SummaryJson {
    /** Version of the summary's layout; raised when a field changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The cost block: the report's fields in order, the per-group breakdown only on a cluster of
     * several node groups, so a summary of one instance type reads as it always did.
     */
    private static Object costTree(CostReport cost) {
        if (!cost.groups().isEmpty()) {
            return cost;
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        for (RecordComponent c : CostReport.class.getRecordComponents()) {
            if (!c.getName().equals("groups")) {
                try {
                    tree.put(c.getName(), c.getAccessor().invoke(cost));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read cost field " + c.getName(), e);
                }
            }
        }
        return tree;
    }

    /** The summary as text. */
    public String render(RunReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("scenario", ScenarioWriter.toMap(report.scenario()));
        root.put("workload", report.workload());
        root.put("metrics", report.metrics());
        if (report.cost() != null) {
            root.put("cost", costTree(report.cost()));
        }
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("events", report.engine().events());
        engine.put("schedulingPasses", report.engine().schedulingPasses());
        engine.put("endTime", SimTime.toSeconds(report.engine().endTime()));
        // Only runs that preempted carry the block, so summaries of every other run stay as they were.
        PreemptionStats p = report.engine().preemption();
        if (p.any()) {
            Map<String, Object> preemption = new LinkedHashMap<>();
            preemption.put("requeued", p.requeued());
            preemption.put("cancelled", p.cancelled());
            preemption.put("lostCpuSeconds", p.lostCpuSeconds());
            engine.put("preemption", preemption);
        }
        InterruptionStats f = report.engine().interruptions();
        if (f != null) {
            Map<String, Object> failures = new LinkedHashMap<>();
            failures.put("spotInterruptions", f.spotInterruptions());
            failures.put("hardwareFailures", f.hardwareFailures());
            failures.put("idleHits", f.idleHits());
            failures.put("requeued", f.requeued());
            failures.put("failed", f.failed());
            failures.put("lostCpuSeconds", f.lostCpuSeconds());
            // Work lost to failures, as node-hours and what they cost: waste on top of idle nodes.
            // The cost block prices them (at the Spot groups' price on a cluster of node groups).
            double lostNodeHours = f.lostCpuSeconds() / report.scenario().cluster().cpusOfFailingNodes() / 3600;
            failures.put("lostNodeHours", lostNodeHours);
            if (report.cost() != null) {
                failures.put("lostCost", report.cost().lost());
            }
            engine.put("nodeFailures", failures);
        }
        LaunchStats l = report.engine().launches();
        if (l != null) {
            Map<String, Object> launches = new LinkedHashMap<>();
            launches.put("insufficientCapacityErrors", l.insufficientCapacity());
            launches.put("jobsSentBack", l.sentBack());
            launches.put("delayedBoots", l.delayedBoots());
            launches.put("bootWaitSeconds", l.bootWaitSeconds());
            if (l.boots() != null) {
                // Boot times drawn per node launch (cluster.bootTime given as a distribution).
                Map<String, Object> boots = new LinkedHashMap<>();
                boots.put("count", l.boots().count());
                boots.put("meanSeconds", l.boots().meanSeconds());
                boots.put("maxSeconds", l.boots().maxSeconds());
                launches.put("bootTimes", boots);
            }
            engine.put("launches", launches);
        }
        PlatformStats hw = report.engine().platform();
        if (hw != null) {
            Map<String, Object> hardware = new LinkedHashMap<>();
            hardware.put("profiledJobs", hw.profiledJobs());
            hardware.put("phases", hw.phases());
            hardware.put("rateUpdates", hw.rateUpdates());
            hardware.put("solverCalls", hw.solverCalls());
            hardware.put("flowsRecomputed", hw.flowsRecomputed());
            engine.put("hardware", hardware);
        }
        KubeStats k = report.kubernetes();
        if (k != null) {
            engine.put("kubernetes", kubernetes(k));
        }
        root.put("engine", engine);
        return JsonText.render(root);
    }

    /** What kube-scheduler and the kubelets did (KubeStats), for runs under policy kubernetes. */
    private static Map<String, Object> kubernetes(KubeStats k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schedulingCycles", k.cycles());
        m.put("binds", k.binds());
        m.put("failedAttempts", k.failedAttempts());
        m.put("jobsStarted", k.jobsStarted());
        m.put("jobsRejected", k.jobsRejected());
        m.put("jobsNeverStarted", k.jobsNeverStarted());
        m.put("podsPending", k.podsPending());
        if (k.gangSessions() > 0) {
            m.put("gangSessions", k.gangSessions());
            m.put("jobsGangPlaced", k.jobsGangPlaced());
        }
        m.put("preemptions", k.preemptions());
        m.put("victimPods", k.victimPods());
        // TopologyAffinityError: bound pods the kubelet rejected, and jobs failed past backoffLimit for them.
        m.put("admissionFailures", k.admissionFailures());
        m.put("jobsFailedAdmission", k.jobsFailedAdmission());
        BatchQueueStats q = k.queues();
        if (q != null && q.kueue() != null) {
            Map<String, Object> kueue = new LinkedHashMap<>();
            kueue.put("admitted", q.kueue().admitted());
            kueue.put("borrowed", q.kueue().borrowed());
            kueue.put("preempted", q.kueue().preempted());
            kueue.put("reclaimed", q.kueue().reclaimed());
            m.put("kueue", kueue);
        }
        if (q != null && q.volcano() != null) {
            List<Map<String, Object>> queues = new ArrayList<>();
            for (VolcanoQueueStats v : q.volcano()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("queue", v.queue());
                e.put("weight", v.weight());
                e.put("enqueued", v.enqueued());
                e.put("started", v.started());
                e.put("meanShare", v.meanShare());
                queues.add(e);
            }
            m.put("volcanoQueues", queues);
        }
        if (k.autoscaler() != null) {
            m.put("clusterAutoscaler", autoscaler(k.autoscaler()));
        }
        return m;
    }

    /** What the Cluster Autoscaler did (AutoscalerStats; node-hours and cost are in the cost block). */
    private static Map<String, Object> autoscaler(AutoscalerStats a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scaleUps", a.scaleUps());
        m.put("nodesAdded", a.nodesAdded());
        m.put("nodesRemoved", a.nodesRemoved());
        m.put("peakNodes", a.peakNodes());
        m.put("spotInterruptions", a.spotInterruptions());
        AutoscalerStats.Drains d = a.drains();
        m.put("nodesDrained", d.nodesDrained());
        m.put("podsEvicted", d.podsEvicted());
        m.put("runsCut", d.runsCut());
        m.put("lostPodHours", d.lostPodHours());
        m.put("lostCoreHours", d.lostCoreHours());
        m.put("jobsPastBackoffLimit", d.jobsPastBackoffLimit());
        return m;
    }

    /** Writes {@code summary.json} into {@code dir} atomically. */
    public void write(RunReport report, Path dir) {
        AtomicFile.write(dir.resolve("summary.json"), render(report));
    }
}
