package org.hpcsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Slurm's array index lists: compact ranges out, every index back in. */
class ArrayIndexesTest {
    @Test
    void shouldWriteConsecutiveIndexesAsOneRange() {
        assertEquals("0-7", ArrayIndexes.format(List.of(0, 1, 2, 3, 4, 5, 6, 7)));
    }

    @Test
    void shouldListScatteredIndexesOneByOne() {
        assertEquals("3,5,7", ArrayIndexes.format(List.of(7, 3, 5)));
    }

    @Test
    void shouldMixRangesAndSingleIndexes() {
        assertEquals("0-2,5,7-8,10", ArrayIndexes.format(List.of(0, 1, 2, 5, 7, 8, 10, 2)));
    }

    @Test
    void shouldRefuseNoIndexesOrNegativeOnes() {
        assertThrows(IllegalArgumentException.class, () -> ArrayIndexes.format(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ArrayIndexes.format(List.of(-1, 2)));
    }

    @Test
    void shouldReadAGroupOfPendingTasksAsSqueuePrintsIt() {
        assertEquals(List.of(2, 3, 4, 5), ArrayIndexes.parse("[2-5%2]"));
        assertEquals(List.of(2, 3, 4, 5), ArrayIndexes.parse("2-5%2"));
        assertEquals(List.of(0, 4, 8), ArrayIndexes.parse("0-8:4"));
        assertEquals(List.of(1, 3, 7, 8), ArrayIndexes.parse("1,3,7-8"));
    }

    @Test
    void shouldRefuseWhatIsNotAnIndexList() {
        for (String bad : List.of("", "a", "3-1", "-2", "1,,2", "N/A")) {
            assertThrows(NumberFormatException.class, () -> ArrayIndexes.parse(bad), bad);
        }
    }

    @Property
    void shouldReadBackEveryIndexItWrote(@ForAll @Size(min = 1, max = 60) Set<@IntRange(max = 200) Integer> indexes) {
        List<Integer> back = ArrayIndexes.parse(ArrayIndexes.format(new ArrayList<>(indexes)));
        assertEquals(new ArrayList<>(new TreeSet<>(indexes)), back);
    }
}
