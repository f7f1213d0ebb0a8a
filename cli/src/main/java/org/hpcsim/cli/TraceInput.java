package org.hpcsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.trace.ReadReport;
import org.hpcsim.scenarios.trace.TraceFormat;
import org.hpcsim.scenarios.trace.TraceOpener;
import org.hpcsim.scenarios.trace.TraceSource;
import org.hpcsim.scenarios.trace.Traces;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input trace of the trace tools: a file, its format (or detection) and the time zone of its dates. */
final class TraceInput {
    @Parameters(index = "0", paramLabel = "TRACE", description = "Trace file: SWF (.swf, .swf.gz), sacct export, PBS log (or folder), jobs.csv.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Trace format: swf, sacct, pbs, jobs-csv (default: detected).")
    String format;

    @Option(names = "--timezone", paramLabel = "ZONE", description = "Time zone of dates in sacct exports (default ${DEFAULT-VALUE}).")
    String timezone = "UTC";

    /** An opened trace and its jobs in submit order. */
    record Opened(TraceFormat format, TraceSource trace, JobSource jobs, ReadReport ordering) implements AutoCloseable {
        @Override
        public void close() {
            jobs.close();
        }
    }

    /** Opens the trace; jobs larger than {@code machineProcessors} are dropped where the format's reader checks. */
    Opened open(long machineProcessors) {
        if (format != null) {
            try {
                TraceFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new BadFlagException("--format: " + e.getMessage());
            }
        }
        TraceFormat f = Traces.formatOf(file, format, file.toString());
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new BadFlagException("--timezone: unknown time zone '" + timezone + "' (e.g. UTC, Europe/Paris)");
        }
        try {
            TraceSource t = TraceOpener.open(file, f, zone, machineProcessors);
            ReadReport ordering = new ReadReport();
            return new Opened(f, t, Traces.inSubmitOrder(t, f, ordering), ordering);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read the trace: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ScenarioException(file + ": cannot read the trace: " + e.getCause().getMessage());
        }
    }
}
