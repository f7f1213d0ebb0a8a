package org.hpcsim.scenarios.swf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

class SwfWriterStartTimeTest {

    private static String write(boolean fromFirstJob, Job... jobs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SwfWriter w = new SwfWriter(out, "t", 4, 8, fromFirstJob)) {
            for (Job j : jobs) {
                w.write(j);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void shouldCountEpochTimesFromTheFirstJobAndSayWhenThatWas() throws IOException {
        String text = write(true, Job.rigid(1, SimTime.seconds(1_709_280_000L), SimTime.seconds(60), SimTime.seconds(60), 2),
                Job.rigid(2, SimTime.seconds(1_709_280_090L), SimTime.seconds(60), SimTime.seconds(60), 2));
        assertTrue(text.contains("; UnixStartTime: 1709280000\n"), text);
        assertTrue(text.contains("\n1 0 -1 60 2 "), text);
        assertTrue(text.contains("\n2 90 -1 60 2 "), text);
        try (SwfReader r = SwfReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "t.swf")) {
            assertEquals(1_709_280_000L, r.header().unixStartTime());
        }
    }

    @Test
    void shouldKeepTimesAsTheyAreUnlessAsked() throws IOException {
        String text = write(false, Job.rigid(1, SimTime.seconds(500), SimTime.seconds(60), SimTime.seconds(60), 2));
        assertFalse(text.contains("UnixStartTime"), text);
        assertTrue(text.contains("\n1 500 -1 60 2 "), text);
    }

    @Test
    void shouldWriteTheHeaderEvenWithoutJobs() throws IOException {
        String text = write(true);
        assertTrue(text.startsWith("; Version: 2.2\n"), text);
        assertTrue(text.contains("; MaxProcs: 8\n"), text);
    }
}
