package org.hpcsim.models.kube.kueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/** Flavor assignment in order, flavor fungibility, lendingLimit, and the flavor's nodeSelector. */
class KueueFlavorsTest {
    static final ResourceFlavor ON_DEMAND = new ResourceFlavor("on-demand", Map.of("capacity", "on-demand"));
    static final ResourceFlavor SPOT = new ResourceFlavor("spot", Map.of("capacity", "spot"));

    static JobLabels queue(String q) {
        return new JobLabels("", "", "", "", q, "", "");
    }

    static long[] cpu(long cores) {
        return new long[] {cores * 1000, 0};
    }

    static FlavorQuotas quotas(String flavor, long cores, Long borrow, Long lend) {
        return new FlavorQuotas(flavor, Map.of("cpu", cores * 1000),
                borrow == null ? null : Map.of("cpu", borrow * 1000), lend == null ? null : Map.of("cpu", lend * 1000));
    }

    static KueueAdmission<String> admission(List<ClusterQueueConfig> cqs) {
        Map<String, String> local = new java.util.TreeMap<>();
        for (ClusterQueueConfig c : cqs) {
            local.put(c.name(), c.name());
        }
        return new KueueAdmission<>(new KueueConfig(cqs, local, KueueConfig.QueueLabel.QUEUE, null,
                List.of(ON_DEMAND, SPOT)), new ResourceNames());
    }

    @Test
    void shouldTakeTheFirstFlavorThatFitsAndAddItsLabels() {
        KueueAdmission<String> k = admission(List.of(new ClusterQueueConfig("a", null, false,
                List.of(quotas("on-demand", 4, null, null), quotas("spot", 8, null, null)), null)));
        k.submit("j1", queue("a"), cpu(3), 0);
        k.submit("j2", queue("a"), cpu(3), 0);
        k.submit("j3", queue("a"), cpu(6), 0);
        assertEquals(List.of("j1", "j2"), k.admit());
        assertEquals("on-demand", k.flavorOf("j1"));
        assertEquals("spot", k.flavorOf("j2"), "on-demand has 1 core left: the next flavor");
        assertEquals(Map.of("capacity", "spot"), k.nodeSelector("j2"));
        assertEquals(List.of("j3"), k.pending(), "spot has 5 left, on-demand could only preempt");
        k.finished("j2");
        assertEquals(List.of("j3"), k.admit());
        assertEquals("spot", k.flavorOf("j3"));
    }

    @Test
    void shouldBorrowInTheFirstFlavorUnlessTryNextFlavor() {
        for (boolean tryNext : new boolean[] {false, true}) {
            KueuePreemption p = new KueuePreemption(null, null, tryNext, true);
            KueueAdmission<String> k = admission(List.of(
                    new ClusterQueueConfig("a", "c", false,
                            List.of(quotas("on-demand", 4, null, null), quotas("spot", 4, null, null)), p),
                    new ClusterQueueConfig("b", "c", false, List.of(quotas("on-demand", 4, null, null)), null)));
            k.submit("a1", queue("a"), cpu(2), 0);
            k.submit("a2", queue("a"), cpu(3), 0);
            assertEquals(List.of("a1", "a2"), k.admit());
            // whenCanBorrow Borrow (upstream's default) stops at on-demand, where a2 fits by borrowing b's idle quota.
            assertEquals(tryNext ? "spot" : "on-demand", k.flavorOf("a2"), "tryNextWhenBorrow " + tryNext);
            assertEquals(tryNext ? 0 : 1, k.stats().borrowed());
        }
    }

    @Test
    void shouldLendNoMoreThanTheLendingLimit() {
        // a lends at most 1 of its 4 cores: it keeps 3 guaranteed, b can reach 4 + 1.
        KueueAdmission<String> k = admission(List.of(
                new ClusterQueueConfig("a", "c", false, List.of(quotas("on-demand", 4, null, 1L)), null),
                new ClusterQueueConfig("b", "c", false, List.of(quotas("on-demand", 4, null, null)), null)));
        k.submit("b1", queue("b"), cpu(5), 0);
        k.submit("b2", queue("b"), cpu(1), 0);
        assertEquals(List.of("b1"), k.admit());
        assertEquals(5000, k.usage("b", "on-demand", "cpu"));
        k.submit("a4", queue("a"), cpu(4), 0);
        k.submit("a3", queue("a"), cpu(3), 0);
        assertEquals(List.of("a3"), k.admit(), "a's 3 guaranteed cores are its own; the 4th is lent to b");
    }

    @Test
    void shouldRefuseWhatNoFlavorCanEverHold() {
        KueueAdmission<String> k = admission(List.of(
                new ClusterQueueConfig("a", "c", false, List.of(quotas("on-demand", 4, 1L, null),
                        quotas("spot", 2, null, null)), null),
                new ClusterQueueConfig("b", "c", false, List.of(quotas("on-demand", 4, null, 2L)), null)));
        assertEquals(null, k.submit("ok", queue("a"), cpu(5), 0));
        String why = k.submit("big", queue("a"), cpu(6), 0);
        assertTrue(why.startsWith("kueue: ClusterQueue a can never hold 6000 cpu"), why);
        // b's ceiling: its 2 guaranteed cores plus the cohort's pool, 2 from b and 4 from a.
        assertEquals(null, k.submit("b8", queue("b"), cpu(8), 0));
        assertTrue(k.submit("b9", queue("b"), cpu(9), 0) != null);
    }

    @Test
    void shouldRejectUnknownFlavorsAndBadLimits() {
        assertThrows(IllegalArgumentException.class, () -> admission(List.of(new ClusterQueueConfig("a", null, false,
                List.of(quotas("gpu-a100", 4, null, null)), null))));
        assertThrows(IllegalArgumentException.class, () -> quotas("spot", 4, null, 5L));
        assertThrows(IllegalArgumentException.class, () -> new ClusterQueueConfig("a", null, false,
                List.of(quotas("spot", 4, null, null), quotas("spot", 2, null, null)), null));
        assertThrows(IllegalArgumentException.class, () -> new KueuePreemption(KueuePreemption.Policy.ANY, null,
                false, true));
    }
}
