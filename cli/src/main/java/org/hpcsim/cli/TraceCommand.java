package org.hpcsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The trace tools: describe, convert and generate workloads. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Describe, convert and generate workload traces.",
        subcommands = {TraceInfoCommand.class, TraceConvertCommand.class, TraceGenerateCommand.class})
final class TraceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }
}
