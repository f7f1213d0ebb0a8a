package org.hpcsim.scenarios.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import org.hpcsim.scenarios.jobscsv.JobsCsvReader;
import org.hpcsim.scenarios.pbs.PbsAccountingReader;
import org.hpcsim.scenarios.sacct.SacctReader;
import org.hpcsim.scenarios.swf.SwfJobSource;
import org.hpcsim.scenarios.swf.SwfReader;

/** Opens a trace file in a given format as a {@link TraceSource}. */
public final class TraceOpener {
    private TraceOpener() {}

    /**
     * Opens {@code path}; {@code machineProcessors} bounds job sizes where the format's reader
     * checks them (SWF), {@code zone} gives the time zone of formats with local dates (sacct).
     */
    public static TraceSource open(Path path, TraceFormat format, ZoneId zone, long machineProcessors)
            throws IOException {
        switch (format) {
            case SWF:
                return new SwfJobSource(SwfReader.open(path), machineProcessors);
            case PBS:
                return PbsAccountingReader.open(path);
            case SACCT:
                return SacctReader.open(path, zone);
            case JOBS_CSV:
                return JobsCsvReader.open(path);
            default:
                throw new IllegalArgumentException("no reader for " + format);
        }
    }

    /** Whether the format lists jobs in submit order (else they go through a reorder buffer). */
    public static boolean inSubmitOrder(TraceFormat format) {
        return format == TraceFormat.SWF;
    }
}
