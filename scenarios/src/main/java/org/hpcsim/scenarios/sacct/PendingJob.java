package org.hpcsim.scenarios.sacct;

import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.hpcsim.scenarios.trace.LabelCache;
import org.hpcsim.scenarios.trace.ReadReport;

/**
 * The job whose lines are being read: its first line, the heterogeneous components folded into
 * it and the number of its steps. sacct prints a job's steps and components right after its line,
 * so the job is complete when a line of another job arrives; then {@link #finish} judges it.
 *
 * <p>A heterogeneous job takes its times, time limit, state, labels and id from its first
 * component (normally {@code +0}, the leader) and the sum of all components' processors, nodes,
 * GPUs, requested CPUs, requested memory and CPU time.
 */
final class PendingJob {
    private final SacctRecord first;
    private int lastHetOffset;
    private long processors;
    private long nodes;
    private long gpus;
    private long requestedCpus;
    private long memoryKb;
    private long totalCpu;
    private boolean anyAllocationEmpty;
    private int components = 1;
    private int steps;

    PendingJob(SacctRecord first) {
        this.first = first;
        this.lastHetOffset = first.hetOffset();
        this.processors = first.processors();
        this.nodes = first.nodes();
        this.gpus = first.gpus();
        this.requestedCpus = first.requestedCpus();
        this.memoryKb = first.memoryKb();
        this.totalCpu = first.totalCpu();
        this.anyAllocationEmpty = first.allocated() == 0;
    }

    /** What the job's steps and components share. */
    String key() {
        return first.key();
    }

    /**
     * Whether {@code next} is a further component of this heterogeneous job. A component offset
     * that does not grow starts a new job: with {@code sacct --duplicates} a requeued
     * heterogeneous job prints all its components once per attempt.
     */
    boolean takesComponent(SacctRecord next) {
        return first.hetOffset() >= 0 && next.hetOffset() > lastHetOffset && next.key().equals(first.key());
    }

    /** Folds in a further component. */
    void addComponent(SacctRecord c) {
        lastHetOffset = c.hetOffset();
        processors += c.processors();
        nodes += c.nodes();
        gpus += c.gpus();
        requestedCpus = requestedCpus < 0 || c.requestedCpus() < 0 ? -1 : requestedCpus + c.requestedCpus();
        memoryKb = memoryKb < 0 || c.memoryKb() < 0 ? -1 : memoryKb + c.memoryKb();
        totalCpu = totalCpu < 0 || c.totalCpu() < 0 ? -1 : totalCpu + c.totalCpu();
        anyAllocationEmpty |= c.allocated() == 0;
        components++;
    }

    /** Counts a step line of this job. */
    void addStep() {
        steps++;
    }

    /**
     * The job, counted as accepted with its adjustments, or null when it is dropped, counted with
     * its reason (its steps and components then go with it, uncounted).
     */
    Job finish(ReadReport report, LabelCache labels, boolean hasEnd) {
        String drop = dropReason(hasEnd);
        if (drop != null) {
            report.drop(drop);
            return null;
        }
        SacctRecord r = first;
        long runTime = hasEnd ? SimTime.seconds(r.end() - r.start()) : r.elapsed();
        long requestedTime = r.limit();
        if (requestedTime <= 0) {
            requestedTime = runTime;
            report.adjust(SacctReasons.LIMIT_UNKNOWN);
        }
        long waitTime = -1;
        if (r.start() >= r.submit()) {
            waitTime = SimTime.seconds(r.start() - r.submit());
        } else {
            report.adjust(SacctReasons.WAIT_UNKNOWN);
        }
        if (r.state() == SacctState.UNRECOGNISED) {
            report.adjust(SacctReasons.STATE_UNKNOWN);
        }
        if (r.idShared()) {
            report.adjust(SacctReasons.ARRAY_ID_SHARED);
        }
        for (int i = 0; i < steps; i++) {
            report.adjust(SacctReasons.STEPS_FOLDED);
        }
        for (int i = 1; i < components; i++) {
            report.adjust(SacctReasons.HET_FOLDED);
        }
        int size = (int) Math.min(Integer.MAX_VALUE, processors);
        JobHistory history = new JobHistory(waitTime, r.state().status(), totalCpu < 0 ? -1 : totalCpu / size, -1,
                (int) Math.min(Integer.MAX_VALUE, requestedCpus), memoryKb < 0 ? -1 : (memoryKb + size / 2) / size);
        JobLabels l = labels.of(r.user(), r.group(), r.account(), r.partition(), "", r.qos(), r.name());
        report.accept();
        return new Job(r.id(), SimTime.seconds(r.submit()), runTime, requestedTime, size,
                (int) Math.min(Integer.MAX_VALUE, nodes), (int) Math.min(Integer.MAX_VALUE, gpus), l, history, -1, -1,
                options(r.key()));
    }

    /**
     * The sbatch options the record shows: Constraints, the GPU type, memory per CPU (ReqMem's
     * {@code c}, one component) or else per node, array membership.
     */
    private SubmitOptions options(String key) {
        JobLinks links = arrayTask(key);
        long perCpuMb = components == 1 && first.memoryPerCpuKb() > 0 ? (first.memoryPerCpuKb() + 1023) / 1024 : 0;
        long perNodeMb = memoryKb <= 0 || perCpuMb > 0 ? 0 : (memoryKb / Math.max(1, nodes) + 1023) / 1024;
        if (first.constraint().isEmpty() && first.gpuType().isEmpty() && perNodeMb == 0 && perCpuMb == 0) {
            return links == JobLinks.NONE ? SubmitOptions.NONE : new SubmitOptions(ResourceOptions.NONE, links);
        }
        return new SubmitOptions(new ResourceOptions(first.constraint(), first.gpuType(), 0, 0, perNodeMb, perCpuMb),
                links);
    }

    /**
     * An array task's membership from its JobID, {@code 123_4} (sacct(1): "array_job_id _
     * array_task_id"), so outputs show it so again; else nothing.
     */
    private static JobLinks arrayTask(String key) {
        int us = key.indexOf('_');
        if (us < 0 || us + 1 >= key.length() || key.length() - us - 1 > 7) {
            return JobLinks.NONE;
        }
        for (int i = us + 1; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return JobLinks.NONE; // 123_[5-9]: tasks never split off, never run
            }
        }
        long arrayId = Long.parseLong(key, 0, us, 10);
        int index = Integer.parseInt(key, us + 1, key.length(), 10);
        if (arrayId > ArrayTaskIds.MAX_ARRAY_ID || index > ArrayTaskIds.MAX_INDEX) {
            return JobLinks.NONE;
        }
        return JobLinks.NONE.asTask(arrayId, index, 0);
    }

    /** Why the job is no finished job the simulator can replay, or null. */
    private String dropReason(boolean hasEnd) {
        SacctRecord r = first;
        SacctState s = r.state();
        if (s == SacctState.NOT_STARTED || r.start() == SacctTimes.UNKNOWN_TIME) {
            return SacctReasons.NEVER_STARTED;
        }
        if (s == SacctState.REQUEUED) {
            return SacctReasons.REQUEUED;
        }
        if (s == SacctState.ACTIVE || (hasEnd && r.end() == SacctTimes.UNKNOWN_TIME)) {
            return SacctReasons.STILL_RUNNING;
        }
        if (anyAllocationEmpty) {
            // Some Slurm versions give a job cancelled while pending a Start equal to its End;
            // only the empty allocation tells it never ran.
            return SacctReasons.NEVER_STARTED;
        }
        if (processors <= 0) {
            return SacctReasons.NO_PROCESSORS;
        }
        if (r.submit() == SacctTimes.UNKNOWN_TIME || r.submit() < 0) {
            return SacctReasons.NO_SUBMIT_TIME;
        }
        if (!hasEnd && r.elapsed() < 0) {
            return SacctReasons.NO_RUN_TIME;
        }
        if (hasEnd && r.end() < r.start()) {
            return SacctReasons.END_BEFORE_START;
        }
        return null;
    }
}
