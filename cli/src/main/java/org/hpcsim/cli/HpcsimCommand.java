package org.hpcsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command; with no subcommand it runs the built-in default scenario. */
@Command(name = "hpcsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Discrete-event simulator of HPC clusters: replay a workload through a scheduler on a cluster.",
        subcommands = {RunCommand.class, TraceCommand.class, BenchCommand.class, CompareCommand.class,
                org.hpcsim.cli.calibrate.CalibrateCommand.class,
                ReportCommand.class, SweepCommand.class, SweepPointCommand.class, PlanCommand.class})
final class HpcsimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return spec.commandLine().execute("run");
    }
}
