package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.cli.Cli.Result;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.sacct.SacctReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sacct.txt} end to end: written under policy slurm only, and telling the same story as jobs.csv. */
class SacctOutputTest {
    @TempDir
    Path tmp;

    /** 2024-03-01T08:00:00 UTC, the test trace's UnixStartTime. */
    private static final long TRACE_START = 1_709_280_000L;
    private static final int JOBS = 40;

    /** An SWF trace on 4 nodes x 2 cores starting at {@link #TRACE_START}; every fifth job overruns its limit. */
    private Path trace() throws IOException {
        StringBuilder sb = new StringBuilder("; UnixStartTime: " + TRACE_START + "\n; MaxNodes: 4\n; MaxProcs: 8\n");
        for (int i = 1; i <= JOBS; i++) {
            int run = 30 + 17 * (i % 7);
            int limit = i % 5 == 0 ? run / 2 : run + 60;
            int procs = 1 + i % 8;
            sb.append(i).append(' ').append(7 * i).append(" -1 ").append(run).append(' ').append(procs)
                    .append(" -1 -1 ").append(procs).append(' ').append(limit).append(" -1 1 1 1 -1 -1 1 -1 -1\n");
        }
        return Files.writeString(tmp.resolve("t.swf"), sb.toString());
    }

    private Path scenario(String policy, String workload) throws IOException {
        return Files.writeString(tmp.resolve(policy + ".yaml"), "name: acct\nseed: 5\n"
                + "cluster: {nodes: 4, coresPerNode: 2, allocation: core}\n"
                + "scheduler: {policy: " + policy + ", killAtTimeLimit: true}\n"
                + "workload: " + workload + "\n");
    }

    private static long unixSeconds(String sacctTime) {
        return LocalDateTime.parse(sacctTime).toEpochSecond(ZoneOffset.UTC);
    }

    private static long floorSeconds(String csvSeconds) {
        return new BigDecimal(csvSeconds).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private static long elapsedSeconds(String elapsed) {
        int dash = elapsed.indexOf('-');
        long days = dash < 0 ? 0 : Long.parseLong(elapsed.substring(0, dash));
        String[] hms = elapsed.substring(dash + 1).split(":");
        return days * 86_400 + Long.parseLong(hms[0]) * 3600 + Long.parseLong(hms[1]) * 60 + Long.parseLong(hms[2]);
    }

    @Test
    void shouldWriteSacctRowsThatMatchJobsCsvUnderPolicySlurm() throws IOException {
        Path out = tmp.resolve("out");
        Result r = Cli.ok("run", scenario("slurm", "{trace: '" + trace() + "'}"), "--out", out);
        assertTrue(r.out().contains("metrics.om, sacct.txt to " + out), r.out());

        List<String> sacct = Files.readAllLines(out.resolve("sacct.txt"));
        assertEquals("JobID|Partition|Submit|Start|End|Elapsed|NNodes|NCPUS|AllocTRES|State|Reason", sacct.get(0));
        Map<Long, String[]> csv = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("jobs.csv")).subList(1, JOBS + 1)) {
            String[] f = line.split(",");
            csv.put(Long.parseLong(f[0]), f);
        }
        assertEquals(JOBS, csv.size());
        assertEquals(JOBS + 1, sacct.size(), "one row per job of jobs.csv");
        long previousId = 0;
        int timeouts = 0;
        for (String line : sacct.subList(1, sacct.size())) {
            String[] s = line.split("\\|", -1);
            assertEquals(11, s.length, line);
            long id = Long.parseLong(s[0]);
            assertTrue(id > previousId, "rows in job-id order: " + id + " after " + previousId);
            previousId = id;
            String[] c = csv.get(id);
            assertEquals("batch", s[1], line);
            assertEquals(TRACE_START + floorSeconds(c[1]), unixSeconds(s[2]), "Submit of " + line);
            assertEquals(TRACE_START + floorSeconds(c[2]), unixSeconds(s[3]), "Start of " + line);
            assertEquals(TRACE_START + floorSeconds(c[3]), unixSeconds(s[4]), "End of " + line);
            assertEquals(unixSeconds(s[4]) - unixSeconds(s[3]), elapsedSeconds(s[5]), "Elapsed of " + line);
            assertEquals(c[10], s[6], "NNodes is jobs.csv's units (nodes under Slurm): " + line);
            assertEquals(c[11], s[7], "NCPUS is jobs.csv's cores: " + line);
            assertEquals("billing=" + c[11] + ",cpu=" + c[11] + ",node=" + c[10], s[8], line);
            assertEquals(c[12].equals("1") ? "TIMEOUT" : "COMPLETED", s[9], line);
            assertEquals("None", s[10], line);
            timeouts += c[12].equals("1") ? 1 : 0;
        }
        assertEquals(JOBS / 5, timeouts, "every fifth job overran its limit");

        // hpcsim's own sacct reader (a tool that reads sacct output) takes the file back whole.
        int read = 0;
        try (SacctReader back = SacctReader.open(out.resolve("sacct.txt"), ZoneId.of("UTC"))) {
            for (Job j = back.next(); j != null; j = back.next()) {
                assertEquals(TRACE_START + floorSeconds(csv.get(j.id())[1]), j.submitTime() / 1_000_000_000L);
                read++;
            }
            assertEquals(0, back.report().droppedByReason().values().stream().mapToLong(Long::longValue).sum(),
                    back.report().droppedByReason().toString());
        }
        assertEquals(JOBS, read);
    }

    @Test
    void shouldPlaceASyntheticWorkloadAtTheUnixEpoch() throws IOException {
        Path out = tmp.resolve("synthetic");
        Cli.ok("run", scenario("slurm", "{synthetic: {model: poisson, jobs: 20, load: 0.7}}"), "--out", out,
                "--quiet");
        List<String> sacct = Files.readAllLines(out.resolve("sacct.txt"));
        assertEquals(21, sacct.size());
        assertTrue(sacct.subList(1, 21).stream().allMatch(l -> l.split("\\|")[2].startsWith("1970-01-01T")),
                sacct.get(1));
    }

    @Test
    void shouldWriteNoSacctFileUnderOtherPolicies() throws IOException {
        Path out = tmp.resolve("easy");
        Result r = Cli.ok("run", scenario("easy", "{trace: '" + trace() + "'}"), "--out", out);
        assertFalse(Files.exists(out.resolve("sacct.txt")));
        assertTrue(r.out().contains("wrote summary.json, jobs.csv, timeseries.csv, metrics.om to " + out), r.out());
    }
}
