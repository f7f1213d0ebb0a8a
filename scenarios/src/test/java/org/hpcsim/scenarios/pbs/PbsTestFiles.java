package org.hpcsim.scenarios.pbs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.hpcsim.models.workload.Job;

/** Helpers for the PBS tests: sample logs on the class path, inline logs, reading all jobs. */
final class PbsTestFiles {
    private PbsTestFiles() {}

    /** A test resource under {@code /pbs/}, as a file path. */
    static Path resource(String name) {
        try {
            return Path.of(PbsTestFiles.class.getResource("/pbs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every job of a reader, which is closed afterwards. */
    static List<Job> readAll(PbsAccountingReader reader) {
        try (reader) {
            List<Job> jobs = new ArrayList<>();
            for (Job j = reader.next(); j != null; j = reader.next()) {
                jobs.add(j);
            }
            return jobs;
        }
    }

    /** Every job of a file or directory. */
    static List<Job> readAll(Path path) throws IOException {
        return readAll(PbsAccountingReader.open(path));
    }

    /** An E record of a job that ran 100 s on 4 CPUs, with {@code extra} attributes appended. */
    static String endRecord(String jobId, String extra) {
        return "03/11/2024 09:00:00;E;" + jobId + ";user=u group=g jobname=j queue=q ctime=1000 qtime=1000"
                + " etime=1000 start=1100 end=1200 Resource_List.ncpus=4 Resource_List.walltime=00:05:00"
                + " Exit_status=0" + (extra.isEmpty() ? "" : " " + extra);
    }
}
