package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What an error quotes from the user's files stays one printable line. */
class TerminalTextTest {
    @TempDir
    Path dir;

    @Test
    void shouldEscapeControlCharactersAndKeepTheRest() {
        String plain = "slurm.conf:3: CPUs=abc is not a number (é, ü kept)";
        assertSame(plain, TerminalText.oneLine(plain));
        assertEquals("a\\nb\\rc\\td\\x1b[2Je\\x7ff\\u0085g", TerminalText.oneLine("a\nb\rc\td\u001b[2Je\u007ff\u0085g"));
    }

    @Test
    void shouldQuoteABadSlurmConfValueWithItsEscapeSequenceEscaped() throws Exception {
        Path conf = Files.writeString(dir.resolve("slurm.conf"),
                "NodeName=n[1-4] CPUs=4\u001b[2J\nPartitionName=p Nodes=n[1-4]\n");
        Cli.Result r = Cli.hpcsim("run", "--slurm-conf", conf, "--out", dir.resolve("o"));
        String line = Cli.failure(r, 65);
        assertTrue(line.contains("slurm.conf:1:") && line.contains("\\x1b[2J"), line);
        assertFalse(r.err().contains("\u001b"), r.err());
    }

    @Test
    void shouldReportAVirtualMachineErrorInOneLine() {
        StringWriter text = new StringWriter();
        CommandLine cmd = new CommandLine(new HpcsimCommand()).setErr(new PrintWriter(text));
        FailureReporter reporter = new FailureReporter();
        assertEquals(ExitCodes.SOFTWARE, reporter.handleVirtualMachineError(new OutOfMemoryError("Java heap space"), cmd));
        assertEquals(ExitCodes.SOFTWARE, reporter.handleVirtualMachineError(new StackOverflowError(), cmd));
        assertEquals("""
                hpcsim: out of memory (Java heap space); give Java more heap, for example HPCSIM_JAVA_OPTS=-Xmx16g
                hpcsim: internal error (StackOverflowError); please report it with the scenario
                """, text.toString().replace(System.lineSeparator(), "\n"));
    }
}
