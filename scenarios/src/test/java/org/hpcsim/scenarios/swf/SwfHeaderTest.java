package org.hpcsim.scenarios.swf;

import static org.hpcsim.scenarios.swf.SwfTestFiles.JOB;
import static org.hpcsim.scenarios.swf.SwfTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the {@code ; Key: value} header of an SWF trace. */
class SwfHeaderTest {
    @TempDir
    Path dir;

    private SwfHeader headerOf(String text) throws IOException {
        try (SwfReader reader = SwfReader.open(write(dir, "h.swf", text))) {
            return reader.header();
        }
    }

    @Test
    void shouldReadTypedHeaderFields() throws IOException {
        SwfHeader header = headerOf("""
                ; Version: 2.2
                ; Computer: Linux cluster (Seth)
                ; Installation: HPC2N - High Performance Computing Center North, Sweden
                ; MaxJobs: 527371
                ; MaxRecords: 527372
                ; UnixStartTime: 1027839845
                ; TimeZoneString: Europe/Stockholm
                ; MaxNodes: 120
                ; MaxProcs: 240
                """ + JOB + "\n");
        assertEquals(240, header.maxProcs());
        assertEquals(120, header.maxNodes());
        assertEquals(527371, header.maxJobs());
        assertEquals(527372, header.maxRecords());
        assertEquals(1027839845L, header.unixStartTime());
        assertEquals(Optional.of("Europe/Stockholm"), header.timeZoneString());
        assertEquals(Optional.of("Linux cluster (Seth)"), header.computer());
        assertEquals(Optional.of("HPC2N - High Performance Computing Center North, Sweden"), header.installation());
        assertEquals(Optional.of("2.2"), header.version());
        assertEquals(240, header.processorCapacity());
    }

    @Test
    void shouldUseMaxNodesAsCapacityWhenMaxProcsIsMissing() throws IOException {
        SwfHeader header = headerOf("; MaxJobs: 10000\n; MaxNodes: 256\n" + JOB + "\n");
        assertEquals(-1, header.maxProcs());
        assertEquals(256, header.processorCapacity());
    }

    @Test
    void shouldReportUnknownCapacityWhenNeitherMaxProcsNorMaxNodesIsGiven() throws IOException {
        SwfHeader header = headerOf("; Version: 2\n" + JOB + "\n");
        assertEquals(-1, header.processorCapacity());
        assertEquals(-1, header.maxJobs());
        assertEquals(-1, header.unixStartTime());
        assertEquals(Optional.empty(), header.computer());
    }

    @Test
    void shouldGiveAnEmptyHeaderToATraceWithoutComments() throws IOException {
        assertEquals(SwfHeader.EMPTY, headerOf(JOB + "\n"));
        assertTrue(SwfHeader.EMPTY.raw().isEmpty());
    }

    @Test
    void shouldKeepRawKeysInFileOrderIncludingUnknownOnes() throws IOException {
        SwfHeader header = headerOf("; MaxProcs: 8\n; Preemption: No\n;Acknowledge: someone\n; MaxNodes: 4\n" + JOB);
        assertEquals(List.of("MaxProcs", "Preemption", "Acknowledge", "MaxNodes"), List.copyOf(header.raw().keySet()));
        assertEquals("No", header.raw().get("Preemption"));
        assertEquals("someone", header.raw().get("Acknowledge"));
    }

    @Test
    void shouldJoinRepeatedKeysWithNewlines() throws IOException {
        SwfHeader header = headerOf("; Partition:  1 DEFAULT \n; Partition:  2 ALL     \n" + JOB + "\n");
        assertEquals("1 DEFAULT\n2 ALL", header.raw().get("Partition"));
    }

    @Test
    void shouldAppendIndentedContinuationLinesButNotTreatUrlsAsKeys() throws IOException {
        SwfHeader header = headerOf("""
                ; Information: http://www.nas.nasa.gov/
                ;              http://www.cs.huji.ac.il/labs/parallel/workload/
                ;
                ; Note: There is no information on wait times - the given submit
                ;       times are actually start times
                ; Note: group 1 is normal users
                """ + JOB + "\n");
        assertEquals("http://www.nas.nasa.gov/ http://www.cs.huji.ac.il/labs/parallel/workload/",
                header.raw().get("Information"));
        assertEquals("There is no information on wait times - the given submit times are actually start times\n"
                + "group 1 is normal users", header.raw().get("Note"));
        assertEquals(List.of("Information", "Note"), List.copyOf(header.raw().keySet()));
    }

    @Test
    void shouldTreatAnUnreadableNumberAsMissingButKeepItsText() throws IOException {
        SwfHeader header = headerOf("; MaxProcs: many\n; MaxNodes: 64 (2 cpus each)\n" + JOB + "\n");
        assertEquals(-1, header.maxProcs());
        assertEquals("many", header.raw().get("MaxProcs"));
        assertEquals(64, header.maxNodes());
        assertEquals(64, header.processorCapacity());
    }

    @Test
    void shouldNotCheckMaxJobsAgainstTheJobsInTheFile() throws IOException {
        Path file = write(dir, "few.swf", "; MaxJobs: 527371\n" + JOB + "\n");
        assertEquals(1, SwfTestFiles.readAll(file).size());
        assertEquals(527371, headerOf("; MaxJobs: 527371\n" + JOB + "\n").maxJobs());
    }

    @Test
    void shouldBeImmutableAndKeepTheOrderOfTheMapItWasBuiltFrom() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("Zeta", "1");
        raw.put("MaxProcs", "32");
        raw.put("Alpha", "2");
        SwfHeader header = SwfHeader.fromRaw(raw);
        raw.put("MaxNodes", "999");
        assertEquals(List.of("Zeta", "MaxProcs", "Alpha"), List.copyOf(header.raw().keySet()));
        assertEquals(32, header.processorCapacity());
        assertThrows(UnsupportedOperationException.class, () -> header.raw().put("x", "y"));
    }
}
