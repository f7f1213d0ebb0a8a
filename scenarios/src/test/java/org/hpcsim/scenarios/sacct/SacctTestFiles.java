package org.hpcsim.scenarios.sacct;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.Job;

/** Readers over test text and the sample export, and reading a source to the end. */
final class SacctTestFiles {
    static final ZoneId UTC = ZoneOffset.UTC;
    /** A short header for tests about one rule: times, limit, state and size. */
    static final String SHORT = "JobID|Submit|Start|End|Timelimit|State|NCPUS\n";

    private SacctTestFiles() {}

    /** A reader over {@code text} named {@code jobs.txt}, times in UTC. */
    static SacctReader reader(String text) {
        try {
            return new SacctReader(new StringReader(text), "jobs.txt", UTC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every job of the reader, in order. */
    static List<Job> readAll(SacctReader reader) {
        List<Job> jobs = new ArrayList<>();
        for (Job j = reader.next(); j != null; j = reader.next()) {
            jobs.add(j);
        }
        return jobs;
    }

    /** Every job of {@code text}. */
    static List<Job> readAll(String text) {
        try (SacctReader reader = reader(text)) {
            return readAll(reader);
        }
    }

    /** The sample export in the test resources. */
    static Path sample() {
        try {
            return Path.of(SacctTestFiles.class.getResource("/sacct/sample.txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
