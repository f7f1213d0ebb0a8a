package org.hpcsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hpcsim.cli.BadFlagException;
import org.junit.jupiter.api.Test;

/** The sbatch command line of a round, built from the flags: one argument array element per value. */
class SbatchArgumentsTest {
    private static final Path LOGS = Path.of("/study/out/slurm/logs");
    private static final Path WORK = Path.of("/study/out");
    private static final Path SCRIPT = Path.of("/study/out/slurm/sweep.sbatch");

    private static SlurmOptions options(String partition, String account, String time, List<String> extra,
                                        Integer maxParallel) {
        return new SlurmOptions(partition, account, time, extra, maxParallel, 2, Duration.ofSeconds(10));
    }

    @Test
    void shouldSubmitThePointsAsAnArrayWithEveryFlag() {
        List<String> args = SbatchArguments.of(options("short", "proj 42", "30:00", List.of("--mem=4G", "-c2"), 4),
                "hpcsim-study", List.of(0, 1, 2, 3, 4, 5, 6, 7), LOGS, WORK, SCRIPT);
        assertEquals(List.of("--parsable", "--array=0-7%4", "--job-name=hpcsim-study",
                "--output=/study/out/slurm/logs/%A_%a.out", "--chdir=/study/out", "--partition=short",
                "--account=proj 42", "--time=30:00", "--mem=4G", "-c2", "/study/out/slurm/sweep.sbatch"), args);
    }

    @Test
    void shouldListOnlyTheMissingPointsOfARetryAndLeaveOutUnsetFlags() {
        List<String> args = SbatchArguments.of(options(null, null, null, List.of(), null), "hpcsim-study",
                List.of(3, 5, 7), LOGS, WORK, SCRIPT);
        assertEquals(List.of("--parsable", "--array=3,5,7", "--job-name=hpcsim-study",
                "--output=/study/out/slurm/logs/%A_%a.out", "--chdir=/study/out", "/study/out/slurm/sweep.sbatch"),
                args);
    }

    @Test
    void shouldKeepAPercentOfTheOutputFolderLiteral() {
        // sbatch(1), filename pattern: "%%" is the character '%'.
        assertEquals("/runs/100%/slurm/logs/%A_%a.out".replace("100%", "100%%"),
                SbatchArguments.outputPattern(Path.of("/runs/100%/slurm/logs")));
    }

    @Test
    void shouldRefuseABackslashInTheOutputFolder() {
        BadFlagException e = assertThrows(BadFlagException.class,
                () -> SbatchArguments.outputPattern(Path.of("/runs/a\\b/slurm/logs")));
        assertTrue(e.getMessage().startsWith("--out: a backslash"), e.getMessage());
    }

    @Test
    void shouldRefuseAnSbatchOptionThatIsNotAnOption() {
        for (String bad : List.of("mem=4G", "", "-", "--", "/tmp/other.sh")) {
            BadFlagException e = assertThrows(BadFlagException.class,
                    () -> options(null, null, null, List.of(bad), null), bad);
            assertTrue(e.getMessage().startsWith("--sbatch-option: must be one sbatch option"), e.getMessage());
        }
    }

    @Test
    void shouldRefuseSbatchOptionsThatWouldChangeWhatRuns() {
        for (String bad : List.of("--array=0-3", "-a0-3", "--wrap=hostname", "--hold", "-H")) {
            BadFlagException e = assertThrows(BadFlagException.class,
                    () -> options(null, null, null, List.of(bad), null), bad);
            assertTrue(e.getMessage().contains("is set by hpcsim"), e.getMessage());
        }
    }

    @Test
    void shouldRefuseControlCharactersAndEmptyValuesInFlags() {
        assertEquals("--partition: control characters (newline, tab...) are not allowed, got 'a\\nb'",
                assertThrows(BadFlagException.class, () -> options("a\nb", null, null, List.of(), null)).getMessage());
        assertEquals("--account: must not be empty",
                assertThrows(BadFlagException.class, () -> options(null, " ", null, List.of(), null)).getMessage());
        assertThrows(BadFlagException.class, () -> options(null, null, null, List.of("--mem=4G\n#SBATCH -x"), null));
    }

    @Test
    void shouldRefuseLimitsBelowOne() {
        assertEquals("--max-parallel: must be 1 or more, got 0",
                assertThrows(BadFlagException.class, () -> options(null, null, null, List.of(), 0)).getMessage());
        assertEquals("--retries: must be 0 or more, got -1", assertThrows(BadFlagException.class,
                () -> new SlurmOptions(null, null, null, List.of(), null, -1, Duration.ofSeconds(1))).getMessage());
        assertThrows(BadFlagException.class,
                () -> new SlurmOptions(null, null, null, List.of(), null, 0, Duration.ZERO));
    }
}
