package org.hpcsim.scenarios.jobscsv;

import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.readAll;
import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.JobDependency.Type;
import org.hpcsim.models.workload.JobLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dependency and array columns of a jobs.csv: sbatch's syntax, arrays expanded into tasks. */
class JobsCsvLinksTest {
    private static final String HEADER = "job_id,submit_s,run_s,processors,array,dependency\n";

    @TempDir
    Path dir;

    private List<Job> read(String rows) throws IOException {
        return readAll(write(dir, "jobs.csv", HEADER + rows));
    }

    private String error(String rows) {
        Path file = dir.resolve("bad.csv");
        JobsCsvFormatException e = assertThrows(JobsCsvFormatException.class,
                () -> readAll(write(dir, "bad.csv", HEADER + rows)));
        assertEquals(file + ":" + e.lineNumber() + ": " + e.problem(), e.getMessage());
        return e.lineNumber() + ": " + e.problem();
    }

    @Test
    void shouldExpandAnArrayRowIntoItsTasksWithTheirThrottle() throws IOException {
        List<Job> jobs = read("7,0,10,1,\"1,3,5-7%2\",\n8,0,10,1,,afterok:7\n");
        assertEquals(6, jobs.size());
        assertEquals(List.of(1, 3, 5, 6, 7), jobs.subList(0, 5).stream()
                .map(j -> j.options().links().arrayTaskId()).toList());
        Job t5 = jobs.get(2);
        assertEquals(ArrayTaskIds.of(7, 5), t5.id());
        assertEquals(new JobLinks(List.of(), false, 7, 5, 2), t5.options().links());
        assertEquals("7_5", ArrayTaskIds.display(t5));
        assertEquals(List.of(new JobDependency(Type.AFTEROK, 7)), jobs.get(5).options().links().dependencies());
    }

    @Test
    void shouldCountDependenciesOnJobsNotListedBefore() throws IOException {
        try (JobsCsvReader r = JobsCsvReader.open(write(dir, "jobs.csv", HEADER
                + "7,0,10,1,0-1,\n8,0,10,1,,afterok:7:7_1:9\n9,0,10,1,,afterany:42\n"))) {
            JobsCsvTestFiles.readAll(r);
            assertEquals(2L, r.report().adjustments().get(JobsCsvReader.UNLISTED_DEPENDENCY), "9 and 42");
            assertEquals(4, r.report().accepted(), "two tasks and two jobs");
        }
    }

    @Test
    void shouldReadRangesWithSteps() {
        assertEquals(List.of(0, 4, 8, 12), java.util.Arrays.stream(SbatchArray.parse("0-15:4").indexes()).boxed()
                .toList());
    }

    @Test
    void shouldReadDependenciesAsSbatchWritesThem() {
        assertEquals(new JobLinks(List.of(new JobDependency(Type.AFTEROK, 12), new JobDependency(Type.AFTEROK, 13),
                new JobDependency(Type.AFTERANY, 14)), false, -1, -1, 0), SbatchDependency.parse("afterok:12:13,afterany:14"));
        assertEquals(new JobLinks(List.of(new JobDependency(Type.AFTERNOTOK, 3),
                new JobDependency(Type.AFTER, ArrayTaskIds.of(5, 2))), true, -1, -1, 0),
                SbatchDependency.parse("AfterNotOK:3?after:5_2"));
        assertEquals(List.of(new JobDependency(Type.AFTERANY, 4)), SbatchDependency.parse("4").dependencies(),
                "the old form: a bare id is afterany");
        assertEquals(List.of(JobDependency.SINGLETON_DEPENDENCY, new JobDependency(Type.AFTERCORR, 7)),
                SbatchDependency.parse("Singleton,aftercorr:7,singleton").dependencies(), "a repeated singleton counts once");
        assertEquals("singleton?aftercorr:7", SbatchDependency.parse("singleton?aftercorr:7").dependencies().get(0)
                + "?" + SbatchDependency.parse("singleton?aftercorr:7").dependencies().get(1));
    }

    @Test
    void shouldNotCountASingletonAsADependencyOnAnUnlistedJob() throws IOException {
        try (JobsCsvReader r = JobsCsvReader.open(write(dir, "jobs.csv", HEADER + "0,0,10,1,,singleton\n"))) {
            assertEquals(List.of(JobDependency.SINGLETON_DEPENDENCY), JobsCsvTestFiles.readAll(r).get(0).options().links()
                    .dependencies(), "job id 0 is not the singleton's 0");
            assertEquals(null, r.report().adjustments().get(JobsCsvReader.UNLISTED_DEPENDENCY));
        }
    }

    @Test
    void shouldReadAnArrayTaskARunWrote() throws IOException {
        Job t = read("9_4,0,10,1,,\n").get(0);
        assertEquals(ArrayTaskIds.of(9, 4), t.id());
        assertEquals(9, t.options().links().arrayJobId());
    }

    @Test
    void shouldRejectMalformedLinksWithWhatIsAllowed() {
        assertEquals("2: dependency 'afterok:1,afterany:2?after:3' mixes ',' and '?' (sbatch accepts one or the"
                + " other)", error("5,0,10,1,,\"afterok:1,afterany:2?after:3\"\n"));
        assertEquals("2: dependency 'expand:1': 'expand' is not modelled; " + SbatchDependency.ALLOWED,
                error("5,0,10,1,,expand:1\n"));
        assertEquals("2: dependency 'singleton:4': singleton takes no job id; " + SbatchDependency.ALLOWED,
                error("5,0,10,1,,singleton:4\n"));
        assertEquals("2: dependency aftercorr:5 names the job itself (its own id or array)",
                error("5,0,10,1,0-3,aftercorr:5\n"));
        assertEquals("2: dependency 'afterok:x': 'x' is not a job id; " + SbatchDependency.ALLOWED,
                error("5,0,10,1,,afterok:x\n"));
        assertEquals("2: dependency 'after:1+5': a delay (+minutes) is not modelled; " + SbatchDependency.ALLOWED,
                error("5,0,10,1,,after:1+5\n"));
        assertEquals("2: array '5-1': range 5-1 runs backwards; " + SbatchArray.ALLOWED, error("5,0,10,1,5-1,\n"));
        assertEquals("2: array '0-3%0': %0 would run no task; " + SbatchArray.ALLOWED, error("5,0,10,1,0-3%0,\n"));
        assertEquals("2: array 'a': 'a' is not a number from 0 to 4000000; " + SbatchArray.ALLOWED,
                error("5,0,10,1,a,\n"));
        assertEquals("2: dependency afterok:5 names the job itself (its own id or array)",
                error("5,0,10,1,0-3,afterok:5\n"));
        assertEquals("2: dependency after:5_2 names the job itself (its own id or array)",
                error("5,0,10,1,0-3,after:5_2\n"));
        assertEquals("2: dependency afterany:5 names the job itself (its own id or array)", error("5,0,10,1,,5\n"));
        assertEquals("2: job_id '5_1' is already an array task: it cannot have an array", error("5_1,0,10,1,0-3,\n"));
    }
}
