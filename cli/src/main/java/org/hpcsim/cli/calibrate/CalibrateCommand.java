package org.hpcsim.cli.calibrate;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Calibration: measure this machine, fit models to measurements, check a profile against them. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate hpcsim's network, GPU and NUMA models to a real machine.",
        subcommands = {CalibrateRunCommand.class, CalibrateFitCommand.class, CalibrateCheckCommand.class})
public final class CalibrateCommand implements Callable<Integer> {
    // The usage exit code of sysexits.h, as ExitCodes.USAGE (package-private to org.hpcsim.cli).
    static final int USAGE = 64;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return USAGE;
    }
}
