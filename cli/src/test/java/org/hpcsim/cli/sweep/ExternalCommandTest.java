package org.hpcsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running Slurm's commands: output captured apart, failures in one line naming the program. */
class ExternalCommandTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void shouldKeepStandardOutputApartFromErrors() {
        ExternalCommand.Result r = ExternalCommand.run(List.of("sh", "-c", "echo 42; echo warning >&2"), TIMEOUT);
        assertEquals(0, r.code());
        assertEquals("42\n", r.stdout());
        assertEquals("warning\n", r.stderr());
    }

    @Test
    void shouldDescribeAFailureByItsFirstLineOfComplaint() {
        ExternalCommand.Result r = ExternalCommand.run(List.of("sh", "-c",
                "echo; echo 'sbatch: error: invalid partition specified: nope' >&2; echo more >&2; exit 1"), TIMEOUT);
        assertEquals("sh failed (exit 1): sbatch: error: invalid partition specified: nope", r.failure());
    }

    @Test
    void shouldPassAnArgumentToTheProgramAsOneWordWithoutAShell() {
        ExternalCommand.Result r = ExternalCommand.run(List.of("printf", "%s|", "a b", "$(echo x)", "*"), TIMEOUT);
        assertEquals("a b|$(echo x)|*|", r.stdout());
    }

    @Test
    void shouldSayWhenTheProgramIsMissing() {
        ExternalCommandException e = assertThrows(ExternalCommandException.class,
                () -> ExternalCommand.run(List.of("hpcsim-no-such-program"), TIMEOUT));
        assertTrue(e.getMessage().startsWith("hpcsim-no-such-program: cannot run it ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("is it installed and on PATH?"), e.getMessage());
    }

    @Test
    void shouldStopAProgramThatDoesNotAnswerInTime() {
        ExternalCommandException e = assertThrows(ExternalCommandException.class,
                () -> ExternalCommand.run(List.of("sleep", "30"), Duration.ofMillis(300)));
        assertEquals("sleep: no answer within 300 ms", e.getMessage());
    }
}
