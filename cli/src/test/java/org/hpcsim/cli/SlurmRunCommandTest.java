package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hpcsim run} under the Slurm model: by policy name and from a slurm.conf. */
class SlurmRunCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldReplayATraceOnASlurmConfClusterAndNoteWhatItIgnored() throws Exception {
        Path conf = Cli.scenariosResource("slurmconf-run/slurm.conf");
        Path trace = Cli.sharedTrace("lublin-256.swf");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.hpcsim("run", "--slurm-conf", conf, "--trace", trace, "--out", out, "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> notes = r.errLines();
        assertTrue(notes.stream().allMatch(l -> l.startsWith("hpcsim: note: ")), r.err());
        assertTrue(notes.stream().anyMatch(l -> l.contains("SlurmdPort (slurm.conf:4)")), r.err());
        assertTrue(Files.isRegularFile(out.resolve("jobs.csv")));
        assertEquals("slurm", Cli.summary(out).at("/scenario/scheduler/policy").asText());
        assertEquals(6, Cli.summary(out).at("/scenario/cluster/nodes").asInt());
    }

    @Test
    void shouldReportAMissingSlurmConfInOneLine() {
        Cli.Result r = Cli.hpcsim("run", "--slurm-conf", dir.resolve("nope.conf"), "--out", dir.resolve("o"));
        String line = Cli.failure(r, 66);
        assertTrue(line.contains("nope.conf: no such slurm.conf"), line);
    }

    @Test
    void shouldReportABadSlurmConfLineInOneLine() throws Exception {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), "NodeName=n[1-4] CPUs=abc\nPartitionName=p Nodes=n[1-4]\n");
        Cli.Result r = Cli.hpcsim("run", "--slurm-conf", conf, "--out", dir.resolve("o"));
        String line = Cli.failure(r, 65);
        assertTrue(line.contains("slurm.conf:1:"), line);
    }
}
