package org.hpcsim.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding two inputs whose runs share a name. */
class NameClashTest {
    @Test
    void shouldFindTheFirstClashWithBothSources() {
        NameClash c = NameClash.find(List.of("a", "b", "c", "b", "a"), List.of("a.yaml", "b.yaml", "c", "out/b", "x"))
                .orElseThrow();
        assertEquals(new NameClash("b", "b.yaml", "out/b"), c);
        assertEquals("b.yaml and out/b both name their run 'b'; give each compared run its own name", c.message());
    }

    @Test
    void shouldFindNothingWhenNamesAreUnique() {
        assertTrue(NameClash.find(List.of("a", "b"), List.of("1", "2")).isEmpty());
    }
}
