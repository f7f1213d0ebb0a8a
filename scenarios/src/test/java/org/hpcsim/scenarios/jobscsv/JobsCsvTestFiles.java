package org.hpcsim.scenarios.jobscsv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.Job;

/** Helpers for the jobs.csv tests: the writer's header, writing files, reading every job. */
final class JobsCsvTestFiles {
    /** The header hpcsim writes (reports' JobsCsvWriter.HEADER, which this module cannot see). */
    static final String HEADER = "job_id,submit_s,start_s,end_s,wait_s,run_s,requested_s,processors,nodes,gpus,"
            + "units,cores,killed,user,group,account,partition,queue,qos,name";

    private JobsCsvTestFiles() {}

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    /** Every job of a reader, which is closed afterwards. */
    static List<Job> readAll(JobsCsvReader reader) {
        try (reader) {
            List<Job> jobs = new ArrayList<>();
            for (Job j = reader.next(); j != null; j = reader.next()) {
                jobs.add(j);
            }
            return jobs;
        }
    }

    static List<Job> readAll(Path file) throws IOException {
        return readAll(JobsCsvReader.open(file));
    }
}
