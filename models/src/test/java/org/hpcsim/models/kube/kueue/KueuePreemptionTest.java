package org.hpcsim.models.kube.kueue;

import static org.hpcsim.models.kube.kueue.KueueFlavorsTest.admission;
import static org.hpcsim.models.kube.kueue.KueueFlavorsTest.cpu;
import static org.hpcsim.models.kube.kueue.KueueFlavorsTest.queue;
import static org.hpcsim.models.kube.kueue.KueueFlavorsTest.quotas;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kueue's preemption: withinClusterQueue and reclaimWithinCohort, with upstream's victim order. */
class KueuePreemptionTest {
    private static final KueuePreemption WITHIN = new KueuePreemption(KueuePreemption.Policy.LOWER_PRIORITY, null,
            false, true);

    private static ClusterQueueConfig cq(String name, String cohort, long cores, KueuePreemption p) {
        return new ClusterQueueConfig(name, cohort, false, List.of(quotas("on-demand", cores, null, null)), p);
    }

    private static List<String> evictions(KueueAdmission<String> k) {
        List<String> out = new ArrayList<>();
        k.evictWith(p -> true, out::add);
        return out;
    }

    @Test
    void shouldEvictTheNewestOfTheLowestPriorityFirst() {
        KueueAdmission<String> k = admission(List.of(cq("a", null, 4, WITHIN)));
        List<String> evicted = evictions(k);
        k.submit("old", queue("a"), cpu(2), 0);
        k.submit("new", queue("a"), cpu(2), 0);
        k.admit();
        k.submit("high", queue("a"), cpu(2), 5);
        assertEquals(List.of("high"), k.admit());
        assertEquals(List.of("new"), evicted);
        assertEquals(List.of("new"), k.pending(), "the victim waits again");
        assertEquals(new KueueStats(3, 0, 1, 0), k.stats());
    }

    @Test
    void shouldPutBackVictimsItDoesNotNeed() {
        // Candidates in order: b (priority 0, newer), a (priority 0), c (priority 1). Taking b frees 1 core,
        // not enough; taking a too frees 3; putting b back still leaves 2 for high: only a goes.
        KueueAdmission<String> k = admission(List.of(cq("q", null, 4, WITHIN)));
        List<String> evicted = evictions(k);
        k.submit("a", queue("q"), cpu(2), 0);
        k.submit("b", queue("q"), cpu(1), 0);
        k.submit("c", queue("q"), cpu(1), 1);
        k.admit();
        k.finished("b");
        k.submit("b", queue("q"), cpu(1), 0);
        assertEquals(List.of("b"), k.admit(), "admitted last, so the newest");
        k.submit("high", queue("q"), cpu(2), 5);
        assertEquals(List.of("high"), k.admit());
        assertEquals(List.of("a"), evicted);
    }

    @Test
    void shouldNotPreemptEqualPriorityUnderLowerPriority() {
        KueueAdmission<String> k = admission(List.of(cq("a", null, 2, WITHIN)));
        List<String> evicted = evictions(k);
        k.submit("first", queue("a"), cpu(2), 3);
        k.admit();
        k.submit("second", queue("a"), cpu(2), 3);
        assertEquals(List.of(), k.admit());
        assertEquals(List.of(), evicted);
    }

    @Test
    void shouldReclaimBorrowedQuotaNewestFirst() {
        KueuePreemption any = new KueuePreemption(null, KueuePreemption.Policy.ANY, false, true);
        KueueAdmission<String> k = admission(List.of(cq("a", "c", 4, any), cq("b", "c", 4, null)));
        List<String> evicted = evictions(k);
        k.submit("b1", queue("b"), cpu(4), 0);
        k.submit("b2", queue("b"), cpu(2), 0);
        assertEquals(List.of("b1", "b2"), k.admit(), "b2 borrows a's idle quota");
        k.submit("a1", queue("a"), cpu(4), 0);
        assertEquals(List.of("a1"), k.admit());
        assertEquals(List.of("b2"), evicted, "b1 is within b's nominal quota: only the borrowing is taken back");
        assertEquals(new KueueStats(3, 1, 0, 1), k.stats());
    }

    @Test
    void shouldReclaimOnlyLowerPriorityUnderLowerPriority() {
        KueuePreemption lower = new KueuePreemption(null, KueuePreemption.Policy.LOWER_PRIORITY, false, true);
        KueueAdmission<String> k = admission(List.of(cq("a", "c", 4, lower), cq("b", "c", 4, null)));
        List<String> evicted = evictions(k);
        k.submit("b1", queue("b"), cpu(6), 2);
        k.admit();
        k.submit("a1", queue("a"), cpu(4), 2);
        assertEquals(List.of(), k.admit());
        k.submit("a2", queue("a"), cpu(4), 3);
        // a2 reclaims b1's 6 cores; then a1 borrows the 4 that b, now idle, lends.
        assertEquals(List.of("a2", "a1"), k.admit());
        assertEquals(List.of("b1"), evicted);
        assertEquals(List.of("b1"), k.pending());
    }

    @Test
    void shouldNotEvictWhatTheReplayCannot() {
        KueueAdmission<String> k = admission(List.of(cq("a", null, 2, WITHIN)));
        List<String> evicted = new ArrayList<>();
        k.evictWith(p -> !p.equals("pinned"), evicted::add);
        k.submit("pinned", queue("a"), cpu(2), 0);
        k.admit();
        k.submit("high", queue("a"), cpu(2), 9);
        assertEquals(List.of(), k.admit());
        assertEquals(List.of(), evicted);
    }
}
