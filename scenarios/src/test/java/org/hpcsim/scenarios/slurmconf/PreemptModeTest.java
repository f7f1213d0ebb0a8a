package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.error;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PreemptMode read as slurmctld reads it (preempt_mode_num and read_config.c, 22.05). */
class PreemptModeTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadSynonymsAndLeaveGangAloneOff() {
        assertEquals(EnumSet.of(PreemptMode.OFF), read(dir, "PreemptMode=cluster").preemption().mode());
        assertEquals(EnumSet.of(PreemptMode.SUSPEND, PreemptMode.GANG), read(dir, "PreemptMode=on,gang").preemption()
                .mode());
        assertEquals(EnumSet.of(PreemptMode.OFF, PreemptMode.GANG), read(dir, "PreemptMode=GANG").preemption().mode());
        assertEquals(EnumSet.of(PreemptMode.REQUEUE, PreemptMode.WITHIN), read(dir, "PreemptMode=REQUEUE,WITHIN")
                .preemption().mode());
    }

    @Test
    void shouldRefuseWhatSlurmctldRefuses() {
        assertEquals("slurm.conf:1: PreemptMode=REQUEUE,CANCEL sets more than one mode (slurmctld:"
                + " \"PreemptMode=REQUEUE,CANCEL invalid\") (one of OFF, CANCEL, REQUEUE and SUSPEND, with GANG or"
                + " WITHIN)", error(() -> read(dir, "PreemptMode=REQUEUE,CANCEL")));
        assertEquals("slurm.conf:1: PreemptMode=GANG,WITHIN,CANCEL pairs GANG with WITHIN (slurmctld:"
                + " \"PreemptMode=GANG,WITHIN,CANCEL invalid\") (GANG or WITHIN, not both)",
                error(() -> read(dir, "PreemptMode=GANG,WITHIN,CANCEL")));
        assertEquals("slurm.conf:1: PreemptMode=SUSPEND lacks GANG (slurmctld: \"PreemptMode=SUSPEND requires GANG"
                + " too\") (SUSPEND,GANG)", error(() -> read(dir, "PreemptMode=SUSPEND")));
        assertEquals("slurm.conf:1: PreemptMode=REQUEUE,SOMETIMES names SOMETIMES, which slurmctld does not know"
                + " (OFF (or CLUSTER), CANCEL, REQUEUE or SUSPEND (or ON), with GANG or WITHIN, comma-separated)",
                error(() -> read(dir, "PreemptMode=REQUEUE,SOMETIMES")));
        assertEquals("slurm.conf:2: PreemptMode=off,cancel sets more than one mode (slurmctld:"
                + " \"PreemptMode=off,cancel invalid\") (one of OFF, CANCEL, REQUEUE and SUSPEND, with GANG or WITHIN)",
                error(() -> read(dir, "NodeName=n1 CPUs=1", "PartitionName=p Nodes=n1 PreemptMode=off,cancel")));
        assertEquals(EnumSet.of(PreemptMode.SUSPEND), read(dir, "NodeName=n1 CPUs=1",
                "PartitionName=p Nodes=n1 PreemptMode=SUSPEND").partitions().get(0).preemptMode().orElseThrow(),
                "a partition's SUSPEND alone is read (slurmctld checks GANG on the cluster-wide key only)");
    }
}
