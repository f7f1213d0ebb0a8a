package org.hpcsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hpcsim.models.workload.Job;
import org.hpcsim.reports.JsonText;
import org.hpcsim.scenarios.trace.TraceStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Describes a trace: jobs, span, users, size and runtime distributions, offered load. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Describe a trace: jobs, span, users, sizes, runtimes, offered load on a machine.")
final class TraceInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TraceInput input;

    @Option(names = "--processors", paramLabel = "P",
            description = "Machine size for the offered load (default: the SWF header's MaxProcs).")
    long processors;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        TraceStatistics stats = new TraceStatistics();
        long machine;
        String dropped;
        try (TraceInput.Opened t = input.open(Integer.MAX_VALUE)) {
            for (Job j = t.jobs().next(); j != null; j = t.jobs().next()) {
                stats.add(j);
            }
            machine = processors > 0 ? processors : t.trace().machine().processors();
            dropped = t.trace().report().summary();
        }
        Map<String, Object> m = stats.toMap(machine);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(JsonText.render(m));
        } else {
            out.println("| " + input.file.getFileName() + " | |");
            out.println("|---|---|");
            for (Map.Entry<String, Object> e : m.entrySet()) {
                out.println("| " + e.getKey() + " | " + text(e.getValue()) + " |");
            }
            out.println(dropped);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.4g", d);
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(e.getKey()).append(' ').append(text(e.getValue()));
            }
            return sb.toString();
        }
        return String.valueOf(v);
    }
}
