package org.hpcsim.scenarios.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.trace.ReadReport;
import org.hpcsim.scenarios.trace.TraceFormat;
import org.hpcsim.scenarios.trace.TraceMachine;
import org.hpcsim.scenarios.trace.TraceOpener;
import org.hpcsim.scenarios.trace.TraceSource;

/**
 * Traces read once and replayed by many runs in one process (the points of a sweep): each trace
 * file is parsed on first use into an immutable list of jobs, with what its reader dropped, and
 * every later run replays that list. Safe to share between threads; jobs are immutable records.
 */
public final class SharedTraces {
    private record Key(Path file, TraceFormat format, ZoneId zone, long machineProcessors) {}

    /** A trace as its reader left it: the jobs in file order and the final counts. */
    private record ReadTrace(List<Job> jobs, ReadReport report, TraceMachine machine, boolean submitTiesInIdOrder,
                             long unixStartTime) {}

    private final ConcurrentHashMap<Key, ReadTrace> read = new ConcurrentHashMap<>();

    /** The trace at {@code file}, read now on first use, else replayed from memory. */
    TraceSource open(Path file, TraceFormat format, ZoneId zone, long machineProcessors) throws IOException {
        Key key = new Key(file.toAbsolutePath().normalize(), format, zone, machineProcessors);
        ReadTrace trace = read.get(key);
        if (trace == null) {
            trace = readWhole(file, format, zone, machineProcessors);
            ReadTrace first = read.putIfAbsent(key, trace);
            trace = first != null ? first : trace;
        }
        return new Replay(trace);
    }

    /** How many distinct traces have been read (for tests: each is read once). */
    public int tracesRead() {
        return read.size();
    }

    private static ReadTrace readWhole(Path file, TraceFormat format, ZoneId zone, long machineProcessors)
            throws IOException {
        try (TraceSource source = TraceOpener.open(file, format, zone, machineProcessors)) {
            List<Job> jobs = new ArrayList<>();
            for (Job j = source.next(); j != null; j = source.next()) {
                jobs.add(j);
            }
            return new ReadTrace(List.copyOf(jobs), source.report().copy(), source.machine(),
                    source.submitTiesInIdOrder(), source.unixStartTime());
        }
    }

    /** One run's replay of a read trace; its report is the reader's final one, a copy of its own. */
    private static final class Replay implements TraceSource {
        private final ReadTrace trace;
        private final ReadReport report;
        private int next;

        Replay(ReadTrace trace) {
            this.trace = trace;
            this.report = trace.report().copy();
        }

        @Override
        public Job next() {
            return next < trace.jobs().size() ? trace.jobs().get(next++) : null;
        }

        @Override
        public ReadReport report() {
            return report;
        }

        @Override
        public TraceMachine machine() {
            return trace.machine();
        }

        @Override
        public boolean submitTiesInIdOrder() {
            return trace.submitTiesInIdOrder();
        }

        @Override
        public long unixStartTime() {
            return trace.unixStartTime();
        }

        @Override
        public void close() {
        }
    }
}
