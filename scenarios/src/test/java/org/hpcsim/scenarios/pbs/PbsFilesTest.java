package org.hpcsim.scenarios.pbs;

import static org.hpcsim.scenarios.pbs.PbsTestFiles.endRecord;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.gzip;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.readAll;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.resource;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory means its daily files in name order; gzip is found by its magic bytes. */
class PbsFilesTest {
    @TempDir
    Path dir;

    private static List<Long> ids(List<Job> jobs) {
        return jobs.stream().map(Job::id).toList();
    }

    @Test
    void shouldReadADirectoryOfDailyFilesInNameOrderSkippingSubdirectories() throws IOException {
        write(dir, "20240102", endRecord("3.s", "") + "\n" + endRecord("4.s", "") + "\n");
        write(dir, "20240101", endRecord("1.s", "") + "\n" + endRecord("2.s", "") + "\n");
        Files.createDirectory(dir.resolve("20240100"));
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(readAll(dir)));
    }

    @Test
    void shouldReadTheTwoSampleDaysAsOneLog() throws IOException {
        Files.copy(resource("torque/20240311"), dir.resolve("20240311"));
        Files.copy(resource("pbspro/20240312"), dir.resolve("20240312"));
        PbsAccountingReader reader = PbsAccountingReader.open(dir);
        assertEquals(List.of(4103L, 4101L, 4104L, 3_000_000_007_002L, 7004L, 7001L), ids(readAll(reader)));
        assertEquals(8, reader.report().seen());
    }

    @Test
    void shouldReadGzipFilesWhateverTheirName() throws IOException {
        byte[] sample = Files.readAllBytes(resource("torque/20240311"));
        Files.write(dir.resolve("20240311"), gzip(sample));
        Files.write(dir.resolve("20240312.gz"), gzip((endRecord("9.s", "") + "\n").getBytes()));
        assertEquals(readAll(resource("torque/20240311")).size() + 1, readAll(dir).size());
        assertEquals(readAll(resource("torque/20240311")), readAll(dir.resolve("20240311")));
    }

    @Test
    void shouldReadAnEmptyDirectoryAsNoJobs() throws IOException {
        assertEquals(List.of(), readAll(dir));
    }

    @Test
    void shouldFailAtOpenWhenTheFileDoesNotExist() {
        assertThrows(NoSuchFileException.class, () -> PbsAccountingReader.open(dir.resolve("missing")));
    }

    @Test
    void shouldNameTheFileAndLineOfAnErrorInALaterFile() throws IOException {
        write(dir, "20240101", endRecord("1.s", "") + "\n");
        Path second = write(dir, "20240102", "\n" + endRecord("2.s", "start=soon") + "\n");
        PbsFormatException e = assertThrows(PbsFormatException.class, () -> readAll(dir));
        assertEquals(second + ":2: start is not a number: 'soon'", e.getMessage());
    }

    @Test
    void shouldAcceptCrlfLineEndsAndBlankLines() throws IOException {
        Path log = write(dir, "log", "\r\n" + endRecord("1.s", "") + "\r\n\r\n" + endRecord("2.s", "") + "\r\n");
        List<Job> jobs = readAll(log);
        assertEquals(List.of(1L, 2L), ids(jobs));
        assertTrue(jobs.get(1).labels().name().equals("j"));
    }
}
