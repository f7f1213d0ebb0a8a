package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OraclePartitionsTest {
    private static final OraclePartitions PARTITIONS = new OraclePartitions(12);
    private static final List<OracleJob> JOBS = PARTITIONS.assign(OracleWorkload.generate(7, 40, 12, 4, 50), 3);

    @Test
    void shouldPutHighOnTheFirstHalfAndLowOnTheLastThreeQuarters() {
        assertEquals(List.of(
                "PartitionName=high Nodes=n[1-6] PriorityJobFactor=10 PriorityTier=2 MaxTime=INFINITE State=UP",
                "PartitionName=low Nodes=n[4-12] PriorityJobFactor=1 MaxTime=INFINITE State=UP"),
                PARTITIONS.confLines());
    }

    @Test
    void shouldNeverNameAPartitionNarrowerThanTheJob() {
        for (OracleJob j : JOBS) {
            if (j.partitions().contains("high")) {
                assertTrue(j.nodes() <= 6, j.toString());
            }
            if (j.partitions().contains("low")) {
                assertTrue(j.nodes() <= 9, j.toString());
            }
        }
    }

    @Test
    void shouldUseEveryChoiceAndKeepTheJobsOtherwiseUnchanged() {
        Set<String> seen = new TreeSet<>();
        List<OracleJob> plain = OracleWorkload.generate(7, 40, 12, 4, 50);
        for (int i = 0; i < JOBS.size(); i++) {
            seen.add(JOBS.get(i).partitions());
            assertEquals(plain.get(i), JOBS.get(i).inPartitions(""));
        }
        assertEquals(Set.of("", "high", "low", "high,low"), seen);
        assertEquals(JOBS, PARTITIONS.assign(plain, 3));
    }
}
