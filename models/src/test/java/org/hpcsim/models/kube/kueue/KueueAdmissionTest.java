package org.hpcsim.models.kube.kueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/** Kueue's admission on its own: quota, cohort borrowing, queueing strategies, refusals. */
class KueueAdmissionTest {
    private static JobLabels queue(String q) {
        return new JobLabels("", "", "", "", q, "", "");
    }

    private static long[] cpu(long cores) {
        return new long[] {cores * 1000, 0, 0};
    }

    private static ClusterQueueConfig cq(String name, String cohort, boolean strict, long cores, Long borrow) {
        return new ClusterQueueConfig(name, cohort, strict, Map.of("cpu", cores * 1000, "memory", 1L << 40),
                borrow == null ? null : Map.of("cpu", borrow * 1000));
    }

    private static KueueAdmission<String> admission(List<ClusterQueueConfig> cqs, Map<String, String> local) {
        ResourceNames names = new ResourceNames();
        names.indexOf("nvidia.com/gpu"); // offered by the cluster, named by no ClusterQueue
        return new KueueAdmission<>(new KueueConfig(cqs, local, KueueConfig.QueueLabel.QUEUE, null), names);
    }

    @Test
    void shouldWaitForQuotaAndAdmitOnRelease() {
        KueueAdmission<String> k = admission(List.of(cq("a", null, false, 4, null)), Map.of("qa", "a"));
        assertNull(k.submit("j1", queue("qa"), cpu(3), 0));
        assertNull(k.submit("j2", queue("qa"), cpu(2), 0));
        assertEquals(List.of("j1"), k.admit());
        assertEquals(List.of("j2"), k.pending());
        k.finished("j1");
        assertEquals(List.of("j2"), k.admit());
        assertEquals(List.of(), k.pending());
    }

    @Test
    void shouldBorrowUnusedCohortQuotaUpToTheLimit() {
        KueueAdmission<String> k = admission(List.of(cq("a", "c", false, 4, 2L), cq("b", "c", false, 4, null)),
                Map.of("qa", "a", "qb", "b"));
        assertNull(k.submit("a1", queue("qa"), cpu(6), 0)); // 4 nominal + 2 borrowed
        assertEquals(List.of("a1"), k.admit());
        assertNull(k.submit("a2", queue("qa"), cpu(1), 0)); // past the borrowing limit
        assertEquals(List.of(), k.admit());
        assertNull(k.submit("b1", queue("qb"), cpu(2), 0)); // what b has left after lending 2
        assertNull(k.submit("b2", queue("qb"), cpu(1), 0)); // lent out: b cannot reclaim (no preemption)
        assertEquals(List.of("b1"), k.admit());
        k.finished("a1");
        // Non-borrowing first: b2 fits b's own quota, a2 fits a's.
        assertEquals(2, k.admit().size());
    }

    @Test
    void shouldRefuseWhatTheQueueCanNeverHold() {
        KueueAdmission<String> k = admission(List.of(cq("a", "c", false, 4, 2L), cq("b", "c", false, 4, null),
                cq("solo", null, false, 4, null)), Map.of("qa", "a", "qs", "solo"));
        String why = k.submit("big", queue("qa"), cpu(7), 0);
        assertNotNull(why);
        assertTrue(why.contains("never"), why);
        assertNotNull(k.submit("big", queue("qs"), cpu(5), 0));
        assertNotNull(k.submit("gpu", queue("qa"), new long[] {1000, 0, 1}, 0), "no quota for a third resource");
        assertNotNull(k.submit("lost", queue("nowhere"), cpu(1), 0), "no LocalQueue and no default");
        assertNull(k.submit("ok", queue("qs"), cpu(4), 0));
    }

    @Test
    void shouldLetLaterWorkloadsPassUnderBestEffortFifoOnly() {
        for (boolean strict : new boolean[] {false, true}) {
            KueueAdmission<String> k = admission(List.of(cq("a", null, strict, 4, null)), Map.of("qa", "a"));
            k.submit("first", queue("qa"), cpu(2), 0);
            k.admit();
            k.submit("wide", queue("qa"), cpu(4), 0);
            k.submit("narrow", queue("qa"), cpu(1), 0);
            assertEquals(strict ? List.of() : List.of("narrow"), k.admit(), strict ? "StrictFIFO" : "BestEffortFIFO");
        }
    }

    @Test
    void shouldOrderByPriorityThenCreation() {
        KueueAdmission<String> k = admission(List.of(cq("a", null, true, 2, null)), Map.of("qa", "a"));
        k.submit("hold", queue("qa"), cpu(2), 0);
        k.admit();
        k.submit("low", queue("qa"), cpu(2), 0);
        k.submit("high", queue("qa"), cpu(2), 5);
        k.submit("high2", queue("qa"), cpu(2), 5);
        k.finished("hold");
        assertEquals(List.of("high"), k.admit());
        k.finished("high");
        assertEquals(List.of("high2"), k.admit());
    }

    @Test
    void shouldRejectBadConfigurations() {
        assertThrows(IllegalArgumentException.class, () -> admission(List.of(cq("a", null, false, 1, null)),
                Map.of("q", "b")));
        assertThrows(IllegalArgumentException.class, () -> new ClusterQueueConfig("a", null, false,
                Map.of("cpu", -1L), null));
        assertThrows(IllegalArgumentException.class, () -> new KueueConfig(List.of(cq("a", null, false, 1, null)),
                Map.of(), null, "zzz"));
    }
}
