package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key written twice: the last value kept, as slurmctld keeps it, and the repeat listed. */
class RepeatedKeysTest {
    @TempDir
    Path dir;

    @Test
    void shouldKeepTheLastValueAndListEachRepeat() {
        SlurmConf conf = read(dir,
                "SchedulerType=sched/builtin",
                "NodeName=n[1-2] CPUs=4 CPUs=8",
                "PartitionName=p Nodes=ALL MaxTime=30 Default=YES maxtime=60",
                "SlurmctldPort=6817",
                "schedulertype=sched/backfill",
                "SlurmctldPort=6818");
        assertEquals("sched/backfill", conf.scheduling().schedulerType());
        assertEquals(8, conf.nodes().get(0).cpus());
        assertEquals(Duration.ofMinutes(60), conf.partitions().get(0).maxTime().duration().orElseThrow());
        assertEquals(List.of("NodeName=n[1-2] CPUs (slurm.conf:2, twice)", "PartitionName=p maxtime (slurm.conf:3, twice)",
                "schedulertype (slurm.conf:1, again at slurm.conf:5)", "SlurmctldPort (slurm.conf:4, again at slurm.conf:6)"),
                conf.repeated());
        assertEquals(List.of(), read(dir, "NodeName=n1 CPUs=2", "NodeName=n2 CPUs=2",
                "PartitionName=a Nodes=n1", "PartitionName=b Nodes=n2").repeated(), "a key on lines of two things");
    }
}
