package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs.csv: its header, one exact row per job, and nothing visible before commit. */
class JobsCsvWriterTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** Job 7: submitted at 12 s, asks 4 processors and 2 GPUs for 1 h; starts at 12.5 s, ends 1 ns later. */
    private static JobOutcome tiny() {
        JobLabels labels = new JobLabels("11", "22", "physics", "3", "batch", "normal", "a \"big\", job");
        Job job = new Job(7, SimTime.seconds(12), SimTime.seconds(30), SimTime.HOUR, 4, 0, 2, labels,
                JobHistory.UNKNOWN, -1, -1);
        long start = 12_500_000_000L;
        return new JobOutcome(job, start, start + 1, 8, 2, false);
    }

    /** Job 8: unknown user, group and partition; killed at its 60 s limit after waiting 0 s. */
    private static JobOutcome killed() {
        Job job = Job.rigid(8, 0, SimTime.seconds(100), SimTime.seconds(60), 1);
        return new JobOutcome(job, 0, SimTime.seconds(60), 1, 1, true);
    }

    @Test
    void shouldWriteTheHeaderAndOneExactRowPerJobOnCommit() throws IOException {
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            w.jobFinished(tiny());
            w.jobFinished(killed());
            w.commit();
        }
        assertEquals(List.of(
                "job_id,submit_s,start_s,end_s,wait_s,run_s,requested_s,processors,nodes,gpus,units,cores,killed,"
                        + "cost_usd,user,group,account,partition,queue,qos,name",
                "7,12,12.5,12.500000001,0.5,0.000000001,3600,4,0,2,2,8,0,,11,22,physics,3,batch,normal,"
                        + "\"a \"\"big\"\", job\"",
                "8,0,0,60,0,60,60,1,0,0,1,1,1,,,,,,,,"),
                Files.readAllLines(dir.resolve("jobs.csv")));
    }

    @Test
    void shouldStartWithTheDocumentedHeader() {
        assertEquals("job_id,submit_s,start_s,end_s,wait_s,run_s,requested_s,processors,nodes,gpus,units,cores,killed,"
                + "cost_usd,user,group,account,partition,queue,qos,name", JobsCsvWriter.HEADER);
    }

    @Test
    void shouldEndEveryRowWithANewlineAndUseNoQuotesOrSpacesForPlainValues() throws IOException {
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            w.jobFinished(killed());
            w.commit();
        }
        String text = Files.readString(dir.resolve("jobs.csv"));
        assertTrue(text.endsWith("\n"));
        assertFalse(text.contains("\r") || text.contains("\"") || text.contains(" "), text);
        for (String row : text.split("\n")) {
            assertEquals(21, row.split(",", -1).length, row);
        }
    }

    @Test
    void shouldWriteOnlyTheHeaderForARunWithoutJobs() throws IOException {
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            w.commit();
        }
        assertEquals(JobsCsvWriter.HEADER + "\n", Files.readString(dir.resolve("jobs.csv")));
    }

    @Test
    void shouldShowNoJobsCsvBeforeCommit() throws IOException {
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            w.jobFinished(tiny());
            assertFalse(Files.exists(dir.resolve("jobs.csv")));
            assertTrue(names().stream().allMatch(n -> n.startsWith(".")), names().toString());
            w.commit();
            assertTrue(Files.exists(dir.resolve("jobs.csv")));
        }
    }

    @Test
    void shouldLeaveNoFileAndNoTemporaryFileWhenClosedWithoutCommit() throws IOException {
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            w.jobFinished(tiny());
            w.jobFinished(killed());
        }
        assertEquals(List.of(), names());
    }

    @Test
    void shouldLeaveAnEarlierJobsCsvAloneWhenClosedWithoutCommit() throws IOException {
        Files.writeString(dir.resolve("jobs.csv"), "earlier run\n");
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            w.jobFinished(tiny());
        }
        assertEquals("earlier run\n", Files.readString(dir.resolve("jobs.csv")));
        assertEquals(List.of("jobs.csv"), names());
    }

    @Test
    void shouldWriteManyRowsInOrder() throws IOException {
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            for (int i = 1; i <= 10_000; i++) {
                Job job = Job.rigid(i, SimTime.seconds(i), SimTime.seconds(5), SimTime.seconds(60), 2);
                w.jobFinished(new JobOutcome(job, SimTime.seconds(i + 1), SimTime.seconds(i + 6), 2, 2, false));
            }
            w.commit();
        }
        List<String> rows = Files.readAllLines(dir.resolve("jobs.csv"));
        assertEquals(10_001, rows.size());
        assertEquals("10000,10000,10001,10006,1,5,60,2,0,0,2,2,0,,,,,,,,", rows.get(10_000));
    }

    @Test
    void shouldAddTheOptionColumnsToEveryRowOnlyWhenSomeJobHasOptions() throws IOException {
        Job plain = tiny().job();
        Job asked = new Job(9, 0, SimTime.seconds(10), SimTime.seconds(60), 16, 2, 4, JobLabels.NONE,
                JobHistory.UNKNOWN, -1, -1, new SubmitOptions(new ResourceOptions("a100|h100", "a100", 2, 8, 64_000),
                        JobLinks.NONE));
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            w.jobFinished(tiny());
            w.jobFinished(new JobOutcome(asked, 0, SimTime.seconds(10), 16, 2, false));
            w.commit();
        }
        assertEquals(List.of(JobsCsvWriter.HEADER + ",constraint,gpu_type,gpus_per_node,tasks_per_node,mem_mb",
                "7,12,12.5,12.500000001,0.5,0.000000001,3600,4,0,2,2,8,0,,11,22,physics,3,batch,normal,"
                        + "\"a \"\"big\"\", job\",,,,,",
                "9,0,0,10,0,10,60,16,2,4,2,16,0,,,,,,,,,a100|h100,a100,2,8,64000"),
                Files.readAllLines(dir.resolve("jobs.csv")));
        assertEquals(List.of("jobs.csv"), names(), "no side or temporary file left");
        assertEquals(SubmitOptions.NONE, plain.options());
    }

    /** The jobs.csv of a plain job, then one that asked for {@code options}. */
    private List<String> rowsWith(ResourceOptions options) throws IOException {
        Job asked = new Job(9, 0, SimTime.seconds(10), SimTime.seconds(60), 16, 2, 0, JobLabels.NONE,
                JobHistory.UNKNOWN, -1, -1, new SubmitOptions(options, JobLinks.NONE));
        try (JobsCsvWriter w = new JobsCsvWriter(dir)) {
            w.jobFinished(tiny());
            w.jobFinished(new JobOutcome(asked, 0, SimTime.seconds(10), 16, 2, false));
            w.commit();
        }
        return Files.readAllLines(dir.resolve("jobs.csv"));
    }

    @Test
    void shouldAddTheMemoryPerCpuColumnOnlyWhenSomeJobAskedIt() throws IOException {
        List<String> rows = rowsWith(new ResourceOptions("", "", 0, 0, 0, 2000));
        assertEquals(JobsCsvWriter.HEADER + ",constraint,gpu_type,gpus_per_node,tasks_per_node,mem_mb,mem_per_cpu_mb",
                rows.get(0));
        assertEquals(true, rows.get(1).endsWith(",,,,,,"), rows.get(1));
        assertEquals(true, rows.get(2).endsWith(",,,,,,2000"), rows.get(2));
    }

    @Test
    void shouldAddTheExclusiveColumnOnlyWhenSomeJobAskedIt() throws IOException {
        List<String> rows = rowsWith(new ResourceOptions("", "", 0, 0, 0, 0, true));
        assertEquals(JobsCsvWriter.HEADER + ",constraint,gpu_type,gpus_per_node,tasks_per_node,mem_mb,exclusive",
                rows.get(0));
        assertEquals(true, rows.get(1).endsWith(",,,,,,"), rows.get(1));
        assertEquals(true, rows.get(2).endsWith(",,,,,,1"), rows.get(2));
        List<String> both = rowsWith(new ResourceOptions("", "", 0, 0, 0, 2000, true));
        assertEquals(true, both.get(0).endsWith(",mem_mb,mem_per_cpu_mb,exclusive"), both.get(0));
        assertEquals(true, both.get(2).endsWith(",,,,,,2000,1"), both.get(2));
    }

    @Test
    void shouldAddTheCpusPerTaskColumnOnlyWhenSomeJobAskedIt() throws IOException {
        List<String> rows = rowsWith(new ResourceOptions("", "", 0, 0, 0, 0, false, 4));
        assertEquals(JobsCsvWriter.HEADER + ",constraint,gpu_type,gpus_per_node,tasks_per_node,mem_mb,cpus_per_task",
                rows.get(0));
        assertEquals(true, rows.get(1).endsWith(",,,,,,"), rows.get(1));
        assertEquals(true, rows.get(2).endsWith(",,,,,,4"), rows.get(2));
        List<String> all = rowsWith(new ResourceOptions("", "", 0, 0, 0, 2000, true, 4));
        assertEquals(true, all.get(0).endsWith(",mem_mb,mem_per_cpu_mb,exclusive,cpus_per_task"), all.get(0));
        assertEquals(true, all.get(2).endsWith(",,,,,,2000,1,4"), all.get(2));
        List<String> perGpu = rowsWith(new ResourceOptions("", "", 0, 0, 0, 0, false, 0, 3));
        assertEquals(true, perGpu.get(0).endsWith(",mem_mb,cpus_per_gpu"), perGpu.get(0));
        assertEquals(true, perGpu.get(2).endsWith(",,,,,,3"), perGpu.get(2));
    }
}
