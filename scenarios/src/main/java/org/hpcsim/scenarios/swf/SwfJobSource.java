package org.hpcsim.scenarios.swf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Streams the replayable jobs of an SWF trace as {@link Job}s, in file order, dropping (and
 * counting) those the filter rejects. Trace seconds become simulation nanoseconds.
 */
public final class SwfJobSource implements JobSource {
    private final SwfReader reader;
    private final SwfJobFilter filter;

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
                    return new Job(reader.jobNumber(), SimTime.ofSeconds(filter.submitTime()),
                            SimTime.ofSeconds(filter.runTime()), SimTime.ofSeconds(filter.requestedTime()),
                            filter.processors(), reader.userId(), reader.groupId(), reader.partitionId());
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(reader.sourceName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** What was read and dropped so far. */
    public DropReport report() {
        return filter.report();
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
