package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.ok;
import static org.hpcsim.cli.Cli.scenariosResource;
import static org.hpcsim.cli.Cli.summary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of one scenario with one seed write byte-identical summary.json and jobs.csv, for a
 * synthetic Lublin-Feitelson workload (target load, random estimates) and a sacct trace.
 */
class ScenarioReproducibilityTest {
    @TempDir
    Path tmp;

    private static final String LUBLIN = """
            name: lublin-twice
            seed: 5
            cluster: {nodes: 32, coresPerNode: 16, allocation: node}
            scheduler: {policy: easy, killAtTimeLimit: true}
            workload:
              synthetic: {model: lublin, jobs: 3000, load: 0.8, maxOverestimate: 3}
            """;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    /** Runs {@code scenario} into two fresh folders NAME-a and NAME-b; checks both files are byte for byte the same. */
    private Path runTwiceAndCompare(String name, Path scenario, String... flags) throws IOException {
        Path a = tmp.resolve(name + "-a");
        Path b = tmp.resolve(name + "-b");
        ok(args(scenario, a, flags));
        ok(args(scenario, b, flags));
        for (String file : new String[] {"summary.json", "jobs.csv"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        return a;
    }

    private static Object[] args(Path scenario, Path out, String... flags) {
        Object[] args = new Object[5 + flags.length];
        args[0] = "run";
        args[1] = scenario;
        args[2] = "--out";
        args[3] = out;
        args[4] = "--quiet";
        System.arraycopy(flags, 0, args, 5, flags.length);
        return args;
    }

    @Test
    void shouldWriteByteIdenticalOutputsForTwoRunsOfALublinScenario() throws IOException {
        Path scenario = write("lublin.yaml", LUBLIN);
        Path a = runTwiceAndCompare("lublin", scenario);
        assertEquals(3000, summary(a).get("metrics").get("jobs").asLong());
        assertEquals(3001, Files.readAllLines(a.resolve("jobs.csv")).size());
        assertEquals("lublin", summary(a).get("workload").get("format").asText());
    }

    @Test
    void shouldWriteOtherJobsForAnotherSeedOfALublinScenario() throws IOException {
        Path scenario = write("lublin.yaml", LUBLIN);
        Path a = runTwiceAndCompare("seed5", scenario);
        Path c = runTwiceAndCompare("seed6", scenario, "--seed", "6");
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("jobs.csv")), Files.readAllBytes(c.resolve("jobs.csv"))));
    }

    @Test
    void shouldWriteByteIdenticalOutputsForTwoRunsOfASacctScenario() throws IOException {
        Path scenario = write("sacct.yaml", """
                name: sacct-twice
                seed: 3
                cluster: {nodes: 3, coresPerNode: 32, gpusPerNode: 4, allocation: node}
                scheduler: {policy: easy}
                workload:
                  trace: '%s'
                  transforms: {estimates: exact}
                """.formatted(scenariosResource("sacct/sample.txt")));
        Path a = runTwiceAndCompare("sacct", scenario);
        assertEquals(9, summary(a).get("metrics").get("jobs").asLong());
        assertEquals("sacct", summary(a).get("workload").get("format").asText());
        assertEquals(10, Files.readAllLines(a.resolve("jobs.csv")).size());
    }
}
