package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.BackfillLimits;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SchedulerParameters from a slurm.conf: the backfill limits taken, every option not modelled named. */
class SlurmConfSchedulerParamsTest {
    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private SlurmConfig map(String parameters) throws IOException {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), "SelectType=select/cons_tres\nSchedulerParameters="
                + parameters + "\nNodeName=n[1-2] CPUs=4\nPartitionName=p Nodes=n[1-2] Default=YES\n");
        return SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
    }

    @Test
    void shouldTakeTheBackfillLimits() throws IOException {
        SlurmConfig c = map("bf_max_job_test=100,bf_max_job_user=10,bf_max_job_part=50,bf_max_job_user_part=5,"
                + "bf_max_job_assoc=8,bf_min_age_reserve=600,bf_min_prio_reserve=1000,bf_job_part_count_reserve=20,"
                + "bf_max_job_start=30,bf_node_space_size=200,bf_max_job_array_resv=5");
        assertEquals(new BackfillLimits(10, 50, 5, 8, SimTime.seconds(600), 1000, 20, 30, 200, 5),
                c.params().backfillLimits());
        assertEquals(List.of(), notes);
    }

    @Test
    void shouldTakeSchedBuiltinsIntervalAsBuiltinReadsIt() throws IOException {
        assertEquals(SimTime.seconds(30), map("default_queue_depth=50").params().builtinInterval());
        assertEquals(SimTime.seconds(120), map("sched_interval=120").params().builtinInterval());
        assertEquals(SimTime.seconds(45), map("interval=45").params().builtinInterval());
        assertEquals(List.of(), notes, "interval is modelled, not noted");
    }

    @Test
    void shouldNoteAValueSlurmctldReadsOtherwiseThanItIsWritten() throws IOException {
        SlurmConfig c = map("max_switch_wait=24:00:00");
        assertEquals(SimTime.seconds(24), c.params().maxSwitchWait());
        assertEquals(List.of(dir.resolve("slurm.conf") + ": SchedulerParameters max_switch_wait=24:00:00 is read as 24,"
                + " as slurmctld reads it (atoi)"), notes);
    }

    @Test
    void shouldNoteThatBfWindowLinearHasNoEffectUnderSelectLinear() throws IOException {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), "SelectType=select/linear\n"
                + "SchedulerParameters=bf_window_linear=60\nNodeName=n[1-2] CPUs=4\n"
                + "PartitionName=p Nodes=n[1-2] Default=YES\n");
        SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
        assertEquals(List.of(conf + ": SchedulerParameters bf_window_linear acts on select/cons_tres's will-run test;"
                + " under select/linear it has no effect, as in slurmctld"), notes);
    }

    @Test
    void shouldTakeBfWindowLinearAndReadAValueSlurmctldRefusesAsTheDoublingDefault() throws IOException {
        assertEquals(SimTime.seconds(60), map("bf_window_linear=60").params().bfWindowLinear());
        assertEquals(List.of(), notes, "modelled: not noted");
        assertEquals(0, map("bf_interval=30").params().bfWindowLinear(), "the window doubles by default");
        // cons_common.c (22.05): a value atoi reads as 0 or less is logged as invalid and the default kept.
        String[][] refused = {{"0", "0"}, {"-5", "-5"}, {"soon", "0"}, {"0s", "0"}};
        for (String[] bad : refused) {
            notes.clear();
            assertEquals(0, map("bf_window_linear=" + bad[0]).params().bfWindowLinear(), bad[0]);
            assertEquals(List.of(dir.resolve("slurm.conf") + ": SchedulerParameters bf_window_linear=" + bad[0]
                    + " is read as " + bad[1] + ", which slurmctld logs as invalid: the will-run window doubles, as"
                    + " without it"), notes, bad[0]);
        }
        notes.clear();
        assertEquals(SimTime.seconds(5), map("bf_window_linear=+5").params().bfWindowLinear(), "atoi takes a sign");
        assertEquals(List.of(), notes);
        assertEquals(0, map("bf_window_linear").params().bfWindowLinear(), "slurmctld looks for the '='");
        assertEquals(List.of(dir.resolve("slurm.conf") + ": SchedulerParameters bf_window_linear without a value is"
                + " not read (cons_common.c looks for bf_window_linear=): the will-run window doubles"), notes);
    }

    @Test
    void shouldNameEveryOptionNotModelled() throws IOException {
        map("bf_continue,bf_interval=30,bf_busy_nodes,sched_min_interval=2000000,defer,bf_max_job_user=4");
        String file = dir.resolve("slurm.conf").toString();
        assertEquals(List.of(file + ": SchedulerParameters bf_continue, sched_min_interval bound how long slurmctld"
                + " works at a time; the model's passes take no time, so they have no effect here",
                file + ": SchedulerParameters bf_busy_nodes, defer are not modelled: jobs are scheduled as without"
                        + " them"), notes);
    }

    @Test
    void shouldTakeMinJobAgeAndNoteAMaxJobCount() throws IOException {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), "MinJobAge=600\nMaxJobCount=50000\n"
                + "NodeName=n[1-2] CPUs=4\nPartitionName=p Nodes=n[1-2] Default=YES\n");
        SlurmConfig c = SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
        assertEquals(SimTime.seconds(600), c.params().minJobAge());
        assertEquals(List.of(conf + ": MaxJobCount is not modelled: slurmctld holds at most that many jobs (pending,"
                + " running and ended within MinJobAge) and makes sbatch wait beyond it; every submission is taken"
                + " here"), notes);
        Path never = Files.writeString(dir.resolve("slurm.conf"), "MinJobAge=0\n"
                + "NodeName=n[1-2] CPUs=4\nPartitionName=p Nodes=n[1-2] Default=YES\n");
        assertEquals(true, SlurmConfMapping.of(SlurmConfReader.read(never), notes).params().minJobAge()
                > SimTime.seconds(3_600L * 24 * 365 * 50), "0: never purged");
    }
}
