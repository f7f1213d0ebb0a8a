package org.hpcsim.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.scenarios.swf.SwfJobSource;
import org.hpcsim.scenarios.swf.SwfReader;
import org.hpcsim.scenarios.swf.SwfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lublin-Feitelson generator: reproducible, well-formed jobs with the model's own statistics. */
class LublinFeitelsonWorkloadTest {
    private static final int MACHINE = 128;

    static List<Job> jobs(LublinFeitelsonWorkload w) {
        List<Job> jobs = new ArrayList<>();
        for (Job j = w.next(); j != null; j = w.next()) {
            jobs.add(j);
        }
        return jobs;
    }

    static List<Job> jobs(int n, int machine, long seed) {
        return jobs(new LublinFeitelsonWorkload(n, machine, new RandomStreams(seed)));
    }

    private static double log2(int n) {
        return Math.log(n) / Math.log(2);
    }

    @Test
    void shouldGiveTheSameJobsForTheSameSeed() {
        assertEquals(jobs(3000, MACHINE, 42), jobs(3000, MACHINE, 42));
    }

    @Test
    void shouldGiveOtherJobsForAnotherSeed() {
        List<Job> a = jobs(3000, MACHINE, 42);
        List<Job> b = jobs(3000, MACHINE, 43);
        assertNotEquals(a, b);
        int sameShape = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).runTime() == b.get(i).runTime() && a.get(i).processors() == b.get(i).processors()) {
                sameShape++;
            }
        }
        // Serial jobs of equal runtime can coincide by chance; whole shapes rarely do.
        assertTrue(sameShape < a.size() / 20, sameShape + " of " + a.size() + " jobs have the same shape");
    }

    @Test
    void shouldDrawEachAttributeFromItsOwnStream() {
        // A faster arrival rate changes only the arrival stream's use: sizes and runtimes stay.
        List<Job> slow = jobs(new LublinFeitelsonWorkload(2000, MACHINE, 1.0, new RandomStreams(5)));
        List<Job> fast = jobs(new LublinFeitelsonWorkload(2000, MACHINE, 3.0, new RandomStreams(5)));
        for (int i = 0; i < slow.size(); i++) {
            assertEquals(slow.get(i).processors(), fast.get(i).processors(), "job " + (i + 1));
            assertEquals(slow.get(i).runTime(), fast.get(i).runTime(), "job " + (i + 1));
        }
        assertTrue(fast.get(fast.size() - 1).submitTime() < slow.get(slow.size() - 1).submitTime() / 2);
    }

    @Test
    void shouldMakeWellFormedJobsOnAnyMachine() {
        for (int machine : new int[] {1, 2, 3, 8, 100, 128, 1000, 4096}) {
            for (long seed = 1; seed <= 3; seed++) {
                List<Job> jobs = jobs(3000, machine, seed);
                assertEquals(3000, jobs.size());
                long previous = 0;
                for (int i = 0; i < jobs.size(); i++) {
                    Job j = jobs.get(i);
                    String job = "machine " + machine + ", seed " + seed + ", job " + j;
                    assertEquals(i + 1, j.id(), job);
                    assertTrue(j.submitTime() >= previous, job + ": submitted before the job ahead of it");
                    previous = j.submitTime();
                    assertEquals(0, j.submitTime() % SimTime.SECOND, job + ": submit not whole seconds");
                    assertTrue(j.processors() >= 1 && j.processors() <= machine, job + ": size outside the machine");
                    assertTrue(j.runTime() >= SimTime.SECOND, job + ": runs under a second");
                    assertTrue(j.runTime() <= SimTime.ofSeconds(Math.exp(LublinParameters.MAX_LOG_RUNTIME)),
                            job + ": runs past e^12 s");
                    assertEquals(0, j.runTime() % SimTime.SECOND, job + ": runtime not whole seconds");
                    assertEquals(j.runTime(), j.requestedTime(), job + ": request differs from runtime");
                    assertEquals(0, j.nodes(), job);
                    assertEquals(0, j.gpus(), job);
                    assertEquals(JobLabels.NONE, j.labels(), job);
                    assertEquals(JobHistory.UNKNOWN, j.history(), job);
                }
            }
        }
    }

    @Test
    void shouldStopAfterTheJobCount() {
        LublinFeitelsonWorkload w = new LublinFeitelsonWorkload(3, MACHINE, new RandomStreams(1));
        for (int i = 0; i < 3; i++) {
            w.next();
        }
        assertNull(w.next());
        assertNull(w.next(), "stays exhausted");
        assertNull(new LublinFeitelsonWorkload(0, MACHINE, new RandomStreams(1)).next());
    }

    @Test
    void shouldKeepThePublishedParametersOnTheirOwnMachine() {
        assertEquals(LublinParameters.BATCH, LublinParameters.BATCH.forMachine(128));
        LublinParameters big = LublinParameters.BATCH.forMachine(1024);
        assertEquals(10, big.uHi(), 0);
        assertEquals(8, big.uMed(), 0);
        assertEquals(1.2, big.uLow(), 0);
        LublinParameters two = LublinParameters.BATCH.forMachine(2);
        assertEquals(1, two.uHi(), 0);
        assertEquals(1, two.uMed(), 0);
        assertEquals(1, two.uLow(), 0);
    }

    @Test
    void shouldScaleSizesWithTheMachine() {
        List<Job> jobs = jobs(20_000, 1024, 7);
        assertEquals(1024, jobs.stream().mapToInt(Job::processors).max().orElseThrow());
        LublinSizeModel model = new LublinSizeModel(LublinParameters.BATCH.forMachine(1024));
        assertEquals(model.meanLog2Parallel(), meanLog2Parallel(jobs), 0.06);
        // Not a power of two: a power-of-two job rounded up from 2^6.6 would ask for 128; it gets 64.
        List<Job> odd = jobs(20_000, 100, 7);
        assertTrue(odd.stream().allMatch(j -> j.processors() <= 100));
        assertTrue(odd.stream().anyMatch(j -> j.processors() == 64));
    }

    @Test
    void shouldWriteJobsAnSwfReaderReadsBackIdentically(@TempDir Path dir) throws IOException {
        List<Job> expected = jobs(2000, MACHINE, 9);
        Path file = dir.resolve("lublin.swf");
        try (SwfWriter out = new SwfWriter(new BufferedOutputStream(Files.newOutputStream(file)), "lublin", MACHINE,
                MACHINE)) {
            for (Job j : expected) {
                out.write(j);
            }
        }
        List<Job> read = new ArrayList<>();
        try (SwfReader reader = SwfReader.open(file)) {
            SwfJobSource source = new SwfJobSource(reader, MACHINE);
            for (Job j = source.next(); j != null; j = source.next()) {
                read.add(j);
            }
        }
        assertEquals(expected, read);
    }

    static double meanLog2Parallel(List<Job> jobs) {
        return jobs.stream().filter(j -> j.processors() > 1).mapToDouble(j -> log2(j.processors())).average()
                .orElseThrow();
    }
}
