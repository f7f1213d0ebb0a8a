package org.hpcsim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.hpcsim.cli.sweep.ExternalCommandException;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.trace.TraceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns failures into a one-line message on standard error and an exit code.
 * Bad input never shows a stack trace; a bug shows one only when HPCSIM_DEBUG is set. What a
 * message quotes from the user's files is printed with its control characters escaped.
 */
final class FailureReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        // One line, as every error (README): the hint goes on the same line. The qualified name
        // is "hpcsim run" for run and plain "hpcsim" for the top-level command.
        err.println("hpcsim: " + TerminalText.oneLine(e.getMessage()) + " (try '"
                + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code;
        String message;
        if (e instanceof InputNotFoundException) {
            code = ExitCodes.NO_INPUT;
            message = e.getMessage();
        } else if (e instanceof ScenarioException || e instanceof TraceFormatException) {
            code = ExitCodes.DATA;
            message = e.getMessage();
        } else if (e instanceof BadFlagException) {
            code = ExitCodes.USAGE;
            message = e.getMessage();
        } else if (e instanceof ExternalCommandException) {
            code = ExitCodes.UNAVAILABLE;
            message = e.getMessage();
        } else if (e instanceof UncheckedIOException) {
            code = ExitCodes.IO;
            message = e.getMessage();
        } else {
            code = ExitCodes.SOFTWARE;
            message = "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + "; please report it with the scenario (set HPCSIM_DEBUG=1 for the stack trace)";
            if (System.getenv("HPCSIM_DEBUG") != null) {
                e.printStackTrace(err);
            }
        }
        err.println("hpcsim: " + TerminalText.oneLine(message));
        err.flush();
        return code;
    }

    /**
     * A run that exhausted the Java heap or stack: one line, with what to do about the heap
     * (HPCSIM_JAVA_OPTS, read by the hpcsim launcher); a stack overflow is a bug to report.
     */
    int handleVirtualMachineError(VirtualMachineError e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        String message = e instanceof OutOfMemoryError
                ? "out of memory (" + e.getMessage() + "); give Java more heap, for example HPCSIM_JAVA_OPTS=-Xmx16g"
                : "internal error (" + e.getClass().getSimpleName() + "); please report it with the scenario";
        err.println("hpcsim: " + message);
        err.flush();
        return ExitCodes.SOFTWARE;
    }
}
