package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.models.slurm.SlurmNode;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole cores and sockets from a slurm.conf: which select settings and node lines hand CPUs out by the core or socket. */
class SlurmConfCoresTest {
    private static final String HT = "NodeName=n[1-2] CPUs=8 Sockets=1 CoresPerSocket=4 ThreadsPerCore=2\n";
    private static final String PART = "PartitionName=p Nodes=n[1-2] Default=YES MaxTime=1:00:00\n";

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private SlurmNode node(String text) throws IOException {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), text);
        SlurmConfig c = SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
        return c.nodes().get(0);
    }

    private int cpusPerCore(String text) throws IOException {
        return node(text).cpusPerCore();
    }

    @Test
    void shouldHandOutThreadsOfACoreTogetherUnderCrCore() throws IOException {
        assertEquals(2, cpusPerCore("SelectType=select/cons_tres\nSelectTypeParameters=CR_Core\n" + HT + PART));
        assertEquals(2, cpusPerCore("SelectType=select/cons_tres\n" + HT + PART), "no parameters: CR_Core_Memory");
        assertEquals(1, cpusPerCore("SelectType=select/cons_tres\nSelectTypeParameters=CR_CPU\n" + HT + PART));
        assertEquals(1, cpusPerCore("SelectType=select/linear\n" + HT + PART));
        assertEquals(1, cpusPerCore("SelectType=select/cons_tres\nSelectTypeParameters=CR_Core\n"
                + "NodeName=n[1-2] CPUs=4 Sockets=1 CoresPerSocket=4 ThreadsPerCore=2\n" + PART),
                "CPUs counting cores, not threads");
        assertEquals(2, cpusPerCore("SelectType=select/cons_tres\nSelectTypeParameters=CR_Socket\n" + HT + PART));
        assertEquals(List.of(), notes);
    }

    @Test
    void shouldHandOutWholeSocketsUnderCrSocket() throws IOException {
        String twoSockets = "NodeName=n[1-2] CPUs=16 Sockets=2 CoresPerSocket=4 ThreadsPerCore=2\n";
        SlurmNode n = node("SelectType=select/cons_tres\nSelectTypeParameters=CR_Socket_Memory\n" + twoSockets + PART);
        assertEquals(8, n.cpusPerSocket());
        assertEquals(2, n.cpusPerCore());
        assertEquals(0, node("SelectType=select/cons_tres\nSelectTypeParameters=CR_Core\n" + twoSockets + PART)
                .cpusPerSocket(), "CR_Core: no whole sockets");
        assertEquals(0, node("SelectType=select/linear\n" + twoSockets + PART).cpusPerSocket());
        assertEquals(1, node("SelectType=select/cons_tres\nSelectTypeParameters=CR_Socket\nNodeName=n[1-2] CPUs=4\n"
                + PART).cpusPerSocket(), "only CPUs given: as many sockets as CPUs");
        assertEquals(List.of(), notes);
    }

    @Test
    void shouldRunOneTaskJobsOnePerSocketUnderCrSocket() throws Exception {
        String conf = "SchedulerType=sched/builtin\nSelectType=select/cons_tres\nSelectTypeParameters=CR_Socket\n"
                + "NodeName=n[1-2] CPUs=8 Sockets=2 CoresPerSocket=4 ThreadsPerCore=1\n" + PART;
        StringBuilder jobs = new StringBuilder("job_id,submit_s,run_s,requested_s,processors\n");
        for (int k = 1; k <= 5; k++) {
            jobs.append(k).append(",0,60,600,1\n");
        }
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, jobs.toString());
        assertEquals(4, ran.values().stream().filter(o -> o.startTime() < ran.get(1L).endTime()).count(),
                "two sockets on each of two nodes");
        assertEquals(4, ran.get(1L).allocatedCores(), "a whole socket: four CPUs");
    }

    @Test
    void shouldRunHalfAsManyOneTaskJobsOnHyperthreadedNodes() throws Exception {
        String conf = "SchedulerType=sched/builtin\nSelectType=select/cons_tres\nSelectTypeParameters=CR_Core\n"
                + HT + PART;
        StringBuilder jobs = new StringBuilder("job_id,submit_s,run_s,requested_s,processors\n");
        for (int k = 1; k <= 9; k++) {
            jobs.append(k).append(",0,60,600,1\n");
        }
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, jobs.toString());
        assertEquals(8, ran.values().stream().filter(o -> o.startTime() < ran.get(1L).endTime()).count());
        assertEquals(2, ran.get(1L).allocatedCores(), "a whole core: two CPUs");
    }
}
