package org.hpcsim.scenarios.jobscsv;

import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.readAll;
import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional sbatch resource option columns of jobs.csv fill a job's {@link ResourceOptions}. */
class JobsCsvOptionsTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadEveryOptionColumn() throws IOException {
        List<Job> jobs = readAll(write(dir, "jobs.csv",
                "job_id,submit_s,run_s,processors,gpus,constraint,gpu_type,gpus_per_node,tasks_per_node,mem_mb\n"
                        + "1,0,60,16,4,a100&ib,a100,2,8,64000\n"
                        + "2,0,60,4,0,\"intel|amd\",,,,\n"));
        assertEquals(new ResourceOptions("a100&ib", "a100", 2, 8, 64_000), jobs.get(0).options().resources());
        assertEquals(new ResourceOptions("intel|amd", "", 0, 0, 0), jobs.get(1).options().resources());
    }

    @Test
    void shouldGiveNoOptionsWhenTheColumnsAreAbsentOrEmpty() throws IOException {
        List<Job> jobs = readAll(write(dir, "jobs.csv",
                "job_id,submit_s,run_s,processors,constraint,mem_mb\n1,0,60,16,,\n"));
        assertSame(SubmitOptions.NONE, jobs.get(0).options());
        assertSame(SubmitOptions.NONE, readAll(write(dir, "plain.csv", "job_id,submit_s,run_s,processors\n1,0,6,1\n"))
                .get(0).options());
    }

    @Test
    void shouldRejectANegativeOrNonNumericCount() throws IOException {
        Path file = write(dir, "bad.csv", "job_id,submit_s,run_s,processors,mem_mb\n1,0,60,16,4G\n");
        JobsCsvFormatException e = assertThrows(JobsCsvFormatException.class, () -> readAll(file));
        assertEquals("mem_mb is not a whole number: '4G'", e.problem());
        Path negative = write(dir, "neg.csv", "job_id,submit_s,run_s,processors,gpus_per_node\n1,0,60,16,-1\n");
        e = assertThrows(JobsCsvFormatException.class, () -> readAll(negative));
        assertEquals("gpus_per_node must be between 0 and 2147483647: '-1'", e.problem());
    }

    @Test
    void shouldReadMemoryPerCpuAndRefuseItBesideMemoryPerNode() throws IOException {
        String header = "job_id,submit_s,run_s,processors,mem_mb,mem_per_cpu_mb\n";
        List<Job> jobs = readAll(write(dir, "jobs.csv", header + "1,0,60,16,,2000\n2,0,60,16,8000,\n"));
        assertEquals(new ResourceOptions("", "", 0, 0, 0, 2000), jobs.get(0).options().resources());
        assertEquals(new ResourceOptions("", "", 0, 0, 8000, 0), jobs.get(1).options().resources());
        Path both = write(dir, "both.csv", header + "1,0,60,16,8000,2000\n");
        JobsCsvFormatException e = assertThrows(JobsCsvFormatException.class, () -> readAll(both));
        assertEquals(both + ":2: mem_mb and mem_per_cpu_mb are both given ('8000', '2000'): sbatch takes --mem or"
                + " --mem-per-cpu, not both; leave one empty", e.getMessage());
    }

    @Test
    void shouldReadExclusiveAsOneOrZero() throws IOException {
        String header = "job_id,submit_s,run_s,processors,exclusive\n";
        List<Job> jobs = readAll(write(dir, "jobs.csv", header + "1,0,60,16,1\n2,0,60,16,0\n3,0,60,16,\n"));
        assertEquals(new ResourceOptions("", "", 0, 0, 0, 0, true), jobs.get(0).options().resources());
        assertSame(SubmitOptions.NONE, jobs.get(1).options());
        assertSame(SubmitOptions.NONE, jobs.get(2).options());
        Path bad = write(dir, "bad.csv", header + "1,0,60,16,yes\n");
        JobsCsvFormatException e = assertThrows(JobsCsvFormatException.class, () -> readAll(bad));
        assertEquals("exclusive is not a whole number: 'yes'", e.problem());
    }

    @Test
    void shouldReadCpusPerTaskAndRefuseProcessorsThatAreNotWholeTasks() throws IOException {
        String header = "job_id,submit_s,run_s,processors,cpus_per_task\n";
        List<Job> jobs = readAll(write(dir, "jobs.csv", header + "1,0,60,12,3\n2,0,60,12,\n"));
        assertEquals(new ResourceOptions("", "", 0, 0, 0, 0, false, 3), jobs.get(0).options().resources());
        assertSame(SubmitOptions.NONE, jobs.get(1).options());
        Path split = write(dir, "split.csv", header + "1,0,60,10,4\n");
        JobsCsvFormatException e = assertThrows(JobsCsvFormatException.class, () -> readAll(split));
        assertEquals(split + ":2: processors 10 is not a multiple of cpus_per_task 4: processors are the job's CPUs"
                + " in all, its tasks times --cpus-per-task", e.getMessage());
        Path zero = write(dir, "zero.csv", header + "1,0,60,10,0\n");
        e = assertThrows(JobsCsvFormatException.class, () -> readAll(zero));
        assertEquals("cpus_per_task must be between 1 and 2147483647: '0'", e.problem());
    }

    @Test
    void shouldReadCpusPerGpuAndRefuseItBesideCpusPerTask() throws IOException {
        String header = "job_id,submit_s,run_s,processors,cpus_per_task,cpus_per_gpu\n";
        List<Job> jobs = readAll(write(dir, "jobs.csv", header + "1,0,60,2,,4\n"));
        assertEquals(new ResourceOptions("", "", 0, 0, 0, 0, false, 0, 4), jobs.get(0).options().resources());
        Path both = write(dir, "both.csv", header + "1,0,60,4,2,3\n");
        JobsCsvFormatException e = assertThrows(JobsCsvFormatException.class, () -> readAll(both));
        assertEquals(both + ":2: cpus_per_task and cpus_per_gpu are both given ('2', '3'): sbatch takes --cpus-per-task"
                + " or --cpus-per-gpu, not both; leave one empty", e.getMessage());
    }
}
