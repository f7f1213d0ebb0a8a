package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slurm.conf partition's QOS= through whole runs of the example in examples/slurm-partition-qos:
 * the debug partition's QOS (MaxJobsPerUser=1) binds every job run there, except where the job's
 * own QOS has OverPartQOS; a QOS= naming no QOS of the scenario is one line.
 */
class PartitionQosRunTest {
    private static final Path EXAMPLE = Path.of("examples/slurm-partition-qos");

    @TempDir
    Path dir;

    /** The example with its slurm.conf changed by {@code confEdit} and its QOS list by {@code qosEdit}. */
    private List<JobOutcome> run(String confFrom, String confTo, String qosFrom, String qosTo) throws Exception {
        String conf = Files.readString(EXAMPLE.resolve("slurm.conf")).replace(confFrom, confTo);
        Files.writeString(dir.resolve("slurm.conf"), conf);
        Files.copy(EXAMPLE.resolve("jobs.csv"), dir.resolve("jobs.csv"), StandardCopyOption.REPLACE_EXISTING);
        String scenario = Files.readString(EXAMPLE.resolve("scenario.yaml")).replace(qosFrom, qosTo);
        Path file = Files.writeString(dir.resolve("scenario.yaml"), scenario);
        List<JobOutcome> outcomes = new ArrayList<>();
        ScenarioRunner.run(new ScenarioLoader().load(file), dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        }));
        return outcomes;
    }

    /** The most jobs of {@code user} that ran at once in the debug partition. */
    private static int mostAtOnceInDebug(List<JobOutcome> outcomes, String user) {
        List<long[]> changes = new ArrayList<>();
        for (JobOutcome o : outcomes) {
            if (o.partition().equals("debug") && o.job().labels().user().equals(user)) {
                changes.add(new long[] {o.startTime(), 1});
                changes.add(new long[] {o.endTime(), -1});
            }
        }
        changes.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int most = 0;
        int now = 0;
        for (long[] c : changes) {
            now += (int) c[1];
            most = Math.max(most, now);
        }
        return most;
    }

    /** The most debug jobs of any one user but {@code except} at once. */
    private static int mostPerUser(List<JobOutcome> outcomes, String except) {
        int most = 0;
        for (String user : List.of("ana", "ben", "chen", "dita", "eli")) {
            if (!user.equals(except)) {
                most = Math.max(most, mostAtOnceInDebug(outcomes, user));
            }
        }
        return most;
    }

    @Test
    void shouldLimitEveryUserToOneDebugJobOnlyWhileThePartitionNamesTheQos() throws Exception {
        List<JobOutcome> limited = run("", "", "", "");
        List<JobOutcome> free = run(" QOS=debug", "", "", "");
        assertEquals(160, limited.size());
        assertEquals(1, mostPerUser(limited, "eli"), "MaxJobsPerUser=1 of the partition QOS");
        assertEquals(2, mostPerUser(free, "eli"), "without QOS= the users' debug jobs overlap");
    }

    @Test
    void shouldLetOverPartQosPutTheJobsOwnLimitFirst() throws Exception {
        // eli's debug jobs run in QOS staff (MaxJobsPerUser=4, OverPartQOS): two at once; without the
        // flag the partition QOS's MaxJobsPerUser=1 comes first.
        assertEquals(2, mostAtOnceInDebug(run("", "", "", ""), "eli"));
        assertEquals(1, mostAtOnceInDebug(run("", "", ", flags: [OverPartQOS]", ""), "eli"));
    }

    @Test
    void shouldNameAPartitionQosThatIsNoQosInOneLine() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> run("QOS=debug", "QOS=debugq", "", ""));
        assertFalse(e.getMessage().contains("\n"));
        assertEquals("slurm.conf: PartitionName=debug has QOS=debugq, which scheduler.slurm.qos does not define (QOS"
                + " live in the accounting database: list it there)", e.getMessage());
    }
}
