package org.hpcsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What sbatch, squeue and sacct print, as Slurm 22.05 printed it on the loopback cluster. */
class SlurmOutputTest {
    @Test
    void shouldReadTheJobIdSbatchParsablePrints() {
        assertEquals(123, SlurmOutput.jobId("123\n"));
        assertEquals(123, SlurmOutput.jobId("123;cluster-a\n"));
        // Warnings may come first; the id is the last line.
        assertEquals(77, SlurmOutput.jobId("sbatch: warning: something\n77\n"));
    }

    @Test
    void shouldFailInOneLineWhenSbatchPrintsNoJobId() {
        for (String bad : List.of("", "\n", "Submitted batch job 5\n", "-3", "abc;cluster")) {
            ExternalCommandException e = assertThrows(ExternalCommandException.class, () -> SlurmOutput.jobId(bad));
            assertTrue(e.getMessage().startsWith("sbatch printed no job id"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void shouldReadEachArrayTasksStateFromSqueue() {
        // squeue --noheader --array --jobs=1 --states=all --format='%K %T', mid-run.
        String out = "2 PENDING\n3 PENDING\n1 RUNNING\n0 COMPLETED\n4 CANCELLED\n";
        assertEquals(Map.of(0, "COMPLETED", 1, "RUNNING", 2, "PENDING", 3, "PENDING", 4, "CANCELLED"),
                SlurmOutput.squeue(out));
    }

    @Test
    void shouldGiveEveryTaskOfAGroupedLineItsState() {
        assertEquals(Map.of(1, "RUNNING", 2, "PENDING", 3, "PENDING", 4, "PENDING", 5, "PENDING"),
                SlurmOutput.squeue("2-5%2 PENDING\n1 RUNNING\n"));
    }

    @Test
    void shouldReadNoTasksFromNoOutput() {
        assertEquals(Map.of(), SlurmOutput.squeue(""));
        assertEquals(Map.of(), SlurmOutput.squeue("\n  \n"));
    }

    @Test
    void shouldFailOnALineItCannotRead() {
        assertThrows(ExternalCommandException.class, () -> SlurmOutput.squeue("0 RUNNING extra\n"));
        assertThrows(ExternalCommandException.class, () -> SlurmOutput.squeue("N/A PENDING\n"));
    }

    @Test
    void shouldReadFinalStatesAndExitCodesFromSacct() {
        // sacct --noheader --parsable2 --allocations --format=JobID,State,ExitCode
        String out = "12_0|COMPLETED|0:0\n12_3|CANCELLED by 0|0:15\n12_4|FAILED|1:0\n12_[5-6]|PENDING|0:0\n";
        assertEquals(Map.of(0, "COMPLETED (exit 0:0)", 3, "CANCELLED (exit 0:15)", 4, "FAILED (exit 1:0)",
                5, "PENDING (exit 0:0)", 6, "PENDING (exit 0:0)"), SlurmOutput.sacct(out));
    }

    @Test
    void shouldTreatOnlyEndedStatesAsEnded() {
        for (String s : List.of("COMPLETED", "CANCELLED", "FAILED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY",
                "BOOT_FAIL", "DEADLINE", "PREEMPTED")) {
            assertFalse(SlurmOutput.active(s), s);
        }
        // A state this code does not know might still write a result: wait for it.
        for (String s : List.of("PENDING", "RUNNING", "COMPLETING", "CONFIGURING", "SUSPENDED", "REQUEUED",
                "RESIZING", "SIGNALING", "STAGE_OUT", "STOPPED", "SOME_NEW_STATE")) {
            assertTrue(SlurmOutput.active(s), s);
        }
    }
}
