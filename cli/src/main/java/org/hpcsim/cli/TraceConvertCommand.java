package org.hpcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hpcsim.models.workload.Job;
import org.hpcsim.reports.AtomicFile;
import org.hpcsim.scenarios.trace.JobWriter;
import org.hpcsim.scenarios.trace.TraceFormat;
import org.hpcsim.scenarios.trace.TraceMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Converts a trace of any readable format to SWF or CSV, in submit order. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a trace (SWF, sacct, PBS, jobs.csv) to SWF or CSV, in submit order.")
final class TraceConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TraceInput input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file: .swf or .csv.")
    Path out;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Output format: swf or csv (default: from OUT's name).")
    String to;

    @Option(names = "--nodes", paramLabel = "N", description = "MaxNodes for the SWF header (default: the input's).")
    long nodes;

    @Option(names = "--processors", paramLabel = "P", description = "MaxProcs for the SWF header (default: the input's).")
    long processors;

    @Override
    public Integer call() {
        String format = to != null ? to : JobWriter.formatOf(out.getFileName().toString());
        if (!format.equals("swf") && !format.equals("csv")) {
            throw new BadFlagException("--to: unknown output format '" + to + "' (allowed: swf, csv)");
        }
        long written = 0;
        String dropped;
        try (TraceInput.Opened t = input.open(Integer.MAX_VALUE); AtomicFile file = AtomicFile.open(out)) {
            TraceMachine m = t.trace().machine();
            String note = "converted by hpcsim from " + input.file.getFileName() + " (" + t.format().word() + ")";
            // Not closed on its own: it writes straight through to the file, which commit() closes.
            boolean epochTimes = t.format() == TraceFormat.SACCT || t.format() == TraceFormat.PBS;
            JobWriter w = JobWriter.open(format, file.stream(), note, nodes > 0 ? nodes : m.nodes(),
                    processors > 0 ? processors : m.processors(), epochTimes);
            for (Job j = t.jobs().next(); j != null; j = t.jobs().next()) {
                w.write(j);
                written++;
            }
            file.commit();
            dropped = t.trace().report().summary();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + written + " jobs to " + out + " (" + format + "); " + dropped);
        o.flush();
        return ExitCodes.OK;
    }
}
