package org.hpcsim.cli;

import picocli.CommandLine;

/** Starts the command line; exits with the command's status. */
public final class Main {
    private Main() {}

    /** Runs hpcsim with the given arguments. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs hpcsim and returns the exit code instead of exiting (for tests and embedding). */
    public static int execute(String... args) {
        FailureReporter failures = new FailureReporter();
        CommandLine cmd = new CommandLine(new HpcsimCommand())
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures);
        try {
            return cmd.execute(args);
        } catch (VirtualMachineError e) {
            // Not an Exception, so picocli passes it on: one line all the same.
            return failures.handleVirtualMachineError(e, cmd);
        }
    }
}
