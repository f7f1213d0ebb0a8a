package org.hpcsim.scenarios.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;

/** Opening a trace file whatever its format, with its jobs in submit order. */
public final class Traces {
    /** Jobs held to put an accounting log in submit order (about 100 MB at most). */
    public static final int REORDER_BUFFER = 1_000_000;

    private Traces() {}

    /** The format named by {@code word}, or detected from the file when {@code word} is null. */
    public static TraceFormat formatOf(Path path, String word, String asGiven) {
        if (!Files.exists(path)) {
            throw new InputNotFoundException(asGiven + ": no such trace file (looked at " + path + ")");
        }
        if (word != null) {
            try {
                return TraceFormat.parse(word);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(asGiven + ": " + e.getMessage());
            }
        }
        try {
            return TraceFormat.detect(path);
        } catch (IOException e) {
            throw new ScenarioException(asGiven + ": " + e.getMessage());
        }
    }

    /**
     * The jobs of {@code trace} in submit order: as read for SWF, through a reorder buffer otherwise
     * (with ties in job-id order where the trace asks for it, see {@link TraceSource#submitTiesInIdOrder}).
     */
    public static JobSource inSubmitOrder(TraceSource trace, TraceFormat format, ReadReport report) {
        return TraceOpener.inSubmitOrder(format) ? trace
                : new ReorderingJobSource(trace, REORDER_BUFFER, report, trace.submitTiesInIdOrder());
    }
}
