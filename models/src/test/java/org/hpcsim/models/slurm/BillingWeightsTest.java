package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.TreeMap;
import org.hpcsim.models.slurm.BillingWeights.Combine;
import org.junit.jupiter.api.Test;

/** TRESBillingWeights as slurm.conf(5) works its example and assoc_mgr_tres_weighted combines them. */
class BillingWeightsTest {
    // slurm.conf(5), TRESBillingWeights: "CPU=1.0,Mem=0.25G,GRES/gpu=2.0"; Mem=0.25G is 0.25 per GB.
    private static BillingWeights manPage(Combine combine) {
        return new BillingWeights(combine, 1.0, 0.25 / 1024, 0, 2.0, new TreeMap<>());
    }

    @Test
    void shouldSumTheWeightedTresByDefault() {
        // The man page: 1 CPU and 8 GB bill (1*1.0) + (8*0.25) + (0*2.0) = 3.0.
        assertEquals(3.0, manPage(Combine.SUM).billable(1, 8192, 1, 0, ""), 1e-12);
        // Two GPUs more: + 2*2.0.
        assertEquals(7.0, manPage(Combine.SUM).billable(1, 8192, 1, 2, ""), 1e-12);
    }

    @Test
    void shouldTakeTheLargestNodeTresUnderMaxTres() {
        // The man page: MAX(1*1.0, 8*0.25) = 2.0; GPUs are node TRES in the code (gres type).
        assertEquals(2.0, manPage(Combine.MAX_TRES).billable(1, 8192, 1, 0, ""), 1e-12);
        assertEquals(6.0, manPage(Combine.MAX_TRES).billable(1, 8192, 1, 3, ""), 1e-12);
    }

    @Test
    void shouldAddGpusToTheLargestOtherTresUnderMaxTresGres() {
        // MAX(1, 2) + 3*2.0.
        assertEquals(8.0, manPage(Combine.MAX_TRES_GRES).billable(1, 8192, 1, 3, ""), 1e-12);
    }

    @Test
    void shouldBillTypedGpusOnlyForAJobThatAskedForThatType() {
        TreeMap<String, Double> types = new TreeMap<>();
        types.put("a100", 5.0);
        BillingWeights w = new BillingWeights(Combine.SUM, 1.0, 0, 0, 2.0, types);
        // 4 CPUs, 2 GPUs: 4 + 2*2 without a type, + 2*5 when the job asked for a100 by name.
        assertEquals(8.0, w.billable(4, 0, 1, 2, ""), 1e-12);
        assertEquals(18.0, w.billable(4, 0, 1, 2, "a100"), 1e-12);
        assertEquals(8.0, w.billable(4, 0, 1, 2, "h100"), 1e-12);
    }

    @Test
    void shouldNeverTakeAMaximumBelowNothing() {
        BillingWeights negative = new BillingWeights(Combine.MAX_TRES, -1.0, 0, 0, 0, new TreeMap<>());
        assertEquals(0.0, negative.billable(8, 0, 1, 0, ""), 0);
        BillingWeights summed = new BillingWeights(Combine.SUM, -1.0, 0, 2.0, 0, new TreeMap<>());
        assertEquals(-6.0, summed.billable(8, 0, 1, 0, ""), 0);
    }

    @Test
    void shouldBillCpusWithoutWeights() {
        assertEquals(12.0, BillingWeights.CPUS.billable(12, 65536, 3, 4, "a100"), 0);
    }

    @Test
    void shouldRefuseAWeightThatIsNoNumber() {
        assertThrows(IllegalArgumentException.class,
                () -> new BillingWeights(Combine.SUM, Double.NaN, 0, 0, 0, new TreeMap<>()));
    }
}
