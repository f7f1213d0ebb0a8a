package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartComparisonTest {
    private static StartComparison.Row row(int id, double submit, double real, double predicted) {
        return new StartComparison.Row(id, id, "1 nodes", submit, 5, real, predicted);
    }

    @Test
    void shouldCountOnlyPairsThatWaitedTogetherAndStartedApart() {
        StartComparison c = new StartComparison("t", "slurm", List.of(
                row(1, 0, 10, 11),    // waits with 2 and 3
                row(2, 1, 20, 21),    // after 1 in both: agrees
                row(3, 2, 30, 15),    // after 2 on Slurm, before it in hpcsim: disagrees with 2, agrees with 1
                row(4, 40, 41, 50),   // waited with no one
                row(5, 2, 11, 100))); // 1 s after 1 on Slurm: too close to count with it
        // Rival pairs more than 2 s apart on Slurm: (1,2) (1,3) (2,3) (2,5) (3,5); 5 started at 11.
        // (1,2) agree, (1,3) agree, (2,3) disagree, (2,5): Slurm 5 first, hpcsim 2 first: disagree,
        // (3,5): Slurm 5 first, hpcsim 3 first: disagree.
        assertEquals(2.0 / 5, c.orderAgreement(2), 1e-12);
    }

    @Test
    void shouldCountATieAsDisagreementAndNoPairsAsFullAgreement() {
        assertEquals(0, new StartComparison("t", "slurm", List.of(row(1, 0, 10, 12), row(2, 0, 20, 12)))
                .orderAgreement(2), 1e-12);
        assertEquals(1, new StartComparison("t", "slurm", List.of(row(1, 0, 1, 5), row(2, 3, 4, 9)))
                .orderAgreement(2), 1e-12);
    }
}
