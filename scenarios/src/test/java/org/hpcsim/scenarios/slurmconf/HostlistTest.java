package org.hpcsim.scenarios.slurmconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostlist expressions expand as Slurm's do, and formatting compresses names back into ranges. */
class HostlistTest {

    @Test
    void shouldExpandAPlainRange() {
        assertEquals(List.of("n1", "n2", "n3", "n4"), Hostlist.expand("n[1-4]"));
    }

    @Test
    void shouldExpandZeroPaddedRanges() {
        assertEquals(List.of("n08", "n09", "n10"), Hostlist.expand("n[08-10]"));
        assertEquals(List.of("cpu001", "cpu002", "cpu003"), Hostlist.expand("cpu[001-003]"));
    }

    @Test
    void shouldNotPadWhenTheLowBoundHasNoLeadingZero() {
        assertEquals(List.of("n9", "n10", "n11"), Hostlist.expand("n[9-11]"));
    }

    @Test
    void shouldExpandListsAndRangesInsideBracketsAndCommaSeparatedElements() {
        assertEquals(List.of("gpu1", "gpu2", "gpu3", "gpu4", "gpu7", "cpu001", "cpu002", "cpu003"),
                Hostlist.expand("gpu[1-4,7],cpu[001-003]"));
    }

    @Test
    void shouldExpandSeveralRangesWithTheFirstOutermost() {
        assertEquals(List.of("r1n1", "r1n2", "r1n3", "r2n1", "r2n2", "r2n3"), Hostlist.expand("r[1-2]n[1-3]"));
    }

    @Test
    void shouldKeepPlainNamesAndDuplicatesInOrder() {
        assertEquals(List.of("login", "head-0.example.org", "login"), Hostlist.expand("login,head-0.example.org,login"));
    }

    @Test
    void shouldExpandABlankExpressionToNoNames() {
        assertEquals(List.of(), Hostlist.expand(""));
        assertEquals(List.of(), Hostlist.expand("  "));
    }

    @Test
    void shouldExpandABracketWithoutPrefix() {
        assertEquals(List.of("1", "2"), Hostlist.expand("[1-2]"));
    }

    @Test
    void shouldRejectMalformedExpressionsSayingWhatIsWrong() {
        assertBad("n[1-4", "has '[' without ']'");
        assertBad("n1-4]", "has ']' without '['");
        assertBad("n[1-[2]]", "has nested brackets");
        assertBad("n[4-1]", "has the backward range 4-1");
        assertBad("n[a-c]", "has 'a-c' in brackets");
        assertBad("n[]", "has '' in brackets");
        assertBad("n[1-]", "has '1-' in brackets");
        assertBad("n1,,n2", "has an empty name between commas");
        assertBad("n1, n2", "has a blank in it");
        assertBad("unit[0-31]rack", "has text 'rack' after its last range");
        assertBad("n[1-2000000]", "names more than 1000000 nodes");
        assertBad("r[1-2000]n[1-2000]", "names more than 1000000 nodes");
    }

    @Test
    void shouldFormatConsecutiveNumbersAsRanges() {
        assertEquals("n[1-3,7]", Hostlist.format(List.of("n3", "n1", "n2", "n7")));
    }

    @Test
    void shouldFormatPaddedAndUnpaddedNamesAsSeparateRanges() {
        assertEquals("n1,n[01-02]", Hostlist.format(List.of("n1", "n01", "n02")));
        assertEquals("cpu[001-003]", Hostlist.format(List.of("cpu001", "cpu002", "cpu003")));
    }

    @Test
    void shouldJoinUnpaddedNumbersAsLongAsThePaddingToThePaddedRange() {
        // As scontrol prints the nodes cpu01..cpu16: cpu[01-16].
        assertEquals("cpu[01-16]", Hostlist.format(Hostlist.expand("cpu[01-16]")));
        assertEquals("n9,n[01,10-11]", Hostlist.format(List.of("n9", "n10", "n01", "n11")));
    }

    @Test
    void shouldFormatPlainNamesAndSingletonsAsTheyAre() {
        assertEquals("login,n5", Hostlist.format(List.of("n5", "login")));
        assertEquals("", Hostlist.format(List.of()));
    }

    @Test
    void shouldFormatOnlyTheTrailingNumberAsARange() {
        String text = Hostlist.format(List.of("r1n1", "r1n2", "r2n1"));
        assertEquals("r1n[1-2],r2n1", text);
        assertEquals(List.of("r1n1", "r1n2", "r2n1"), Hostlist.expand(text));
    }

    @Test
    void shouldRefuseToFormatNamesThatAHostlistCannotHold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hostlist.format(List.of("a,b")));
        assertTrue(e.getMessage().contains("no commas, brackets or blanks"), e.getMessage());
    }

    private static void assertBad(String expression, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hostlist.expand(expression));
        assertTrue(e.getMessage().startsWith("bad hostlist '"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), expression + ": " + e.getMessage());
    }
}
