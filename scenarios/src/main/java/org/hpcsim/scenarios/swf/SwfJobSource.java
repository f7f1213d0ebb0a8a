package org.hpcsim.scenarios.swf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobStatus;
import org.hpcsim.scenarios.trace.LabelCache;
import org.hpcsim.scenarios.trace.ReadReport;
import org.hpcsim.scenarios.trace.TraceMachine;
import org.hpcsim.scenarios.trace.TraceSource;

/**
 * Streams the replayable jobs of an SWF trace as {@link Job}s, in file order, dropping (and
 * counting) those the filter rejects. All 18 fields are kept: times become simulation
 * nanoseconds; user, group, executable, queue and partition numbers become the labels' text;
 * wait, status, CPU time, memory and requested processors the job's history; fields 17 and 18 its
 * dependency on a preceding job.
 */
public final class SwfJobSource implements TraceSource {
    private final SwfReader reader;
    private final SwfJobFilter filter;
    private final LabelCache labels = new LabelCache();
    // The previous job's label ids and labels: consecutive jobs mostly share them, and comparing
    // five ints is far cheaper than building and hashing seven strings.
    private final int[] lastIds = {Integer.MIN_VALUE, 0, 0, 0, 0};
    private JobLabels lastLabels;

    /** Jobs of {@code reader} that fit a machine of {@code machineProcessors} processors. */
    public SwfJobSource(SwfReader reader, long machineProcessors) {
        this.reader = reader;
        this.filter = new SwfJobFilter(machineProcessors);
    }

    @Override
    public Job next() {
        try {
            while (reader.next()) {
                if (filter.accept(reader)) {
                    return toJob();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(reader.sourceName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    private Job toJob() {
        SwfReader r = reader;
        JobLabels l = labelsOf(r.userId(), r.groupId(), r.partitionId(), r.queueId(), r.executableId());
        JobHistory h = new JobHistory(nanosOrUnknown(r.waitTime()), JobStatus.fromSwf(r.status()),
                nanosOrUnknown(r.averageCpuTime()), r.usedMemory() < 0 ? -1 : r.usedMemory(),
                r.requestedProcessors() > 0 ? r.requestedProcessors() : -1,
                r.requestedMemory() < 0 ? -1 : r.requestedMemory());
        long preceding = r.precedingJob() > 0 ? r.precedingJob() : -1;
        return new Job(r.jobNumber(), SimTime.ofSeconds(filter.submitTime()), SimTime.ofSeconds(filter.runTime()),
                SimTime.ofSeconds(filter.requestedTime()), filter.processors(), 0, 0, l, h, preceding,
                preceding > 0 ? nanosOrUnknown(r.thinkTime()) : -1);
    }

    private JobLabels labelsOf(int user, int group, int partition, int queue, int executable) {
        int[] ids = lastIds;
        if (ids[0] != user || ids[1] != group || ids[2] != partition || ids[3] != queue || ids[4] != executable) {
            lastLabels = labels.of(text(user), text(group), "", text(partition), text(queue), "", text(executable));
            ids[0] = user;
            ids[1] = group;
            ids[2] = partition;
            ids[3] = queue;
            ids[4] = executable;
        }
        return lastLabels;
    }

    private static String text(int id) {
        return id < 0 ? "" : Integer.toString(id);
    }

    private static long nanosOrUnknown(double seconds) {
        return seconds < 0 ? -1 : SimTime.ofSeconds(seconds);
    }

    @Override
    public ReadReport report() {
        DropReport d = filter.report();
        String[] reasons = new String[DropReason.values().length];
        for (DropReason reason : DropReason.values()) {
            reasons[reason.ordinal()] = reason.description();
        }
        ReadReport r = new ReadReport(reasons);
        r.accept(d.accepted());
        for (DropReason reason : DropReason.values()) {
            r.drop(reason.description(), d.dropped(reason));
        }
        r.adjust("requested time missing, used run time", d.requestedTimeMissing());
        return r;
    }

    @Override
    public TraceMachine machine() {
        return new TraceMachine(reader.header().maxNodes(), reader.header().maxProcs());
    }

    @Override
    public long unixStartTime() {
        return Math.max(0, reader.header().unixStartTime());
    }

    /** The trace's header. */
    public SwfHeader header() {
        return reader.header();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(reader.sourceName() + ": cannot close: " + e.getMessage(), e);
        }
    }
}
