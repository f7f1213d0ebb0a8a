package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The terminal table: one row per headline metric, durations in a readable unit. */
class TerminalSummaryTest {

    @Test
    void shouldShowDurationsInTheLargestReadableUnit() {
        assertEquals("0 s", TerminalSummary.duration(0));
        assertEquals("42 s", TerminalSummary.duration(42));
        assertEquals("2.0 min", TerminalSummary.duration(120));
        assertEquals("12.5 min", TerminalSummary.duration(750));
        assertEquals("2.0 h", TerminalSummary.duration(7200));
        assertEquals("47.8 h", TerminalSummary.duration(172_000));
        assertEquals("2.0 d", TerminalSummary.duration(172_800));
        assertEquals("-5.0 min", TerminalSummary.duration(-300));
    }

    @Test
    void shouldRenderAMarkdownTableOfTheRun() {
        String table = TerminalSummary.render(SummaryJsonTest.run(SummaryJsonTest.scenario(3)));
        String[] rows = table.split("\n");
        assertEquals("| small | easy on 8 nodes x 4 cores |", rows[0]);
        assertEquals("|---|---:|", rows[1]);
        assertEquals(10, rows.length, table);
        assertTrue(rows[2].startsWith("| jobs | 200 run, 0 dropped, "), rows[2]);
        for (String row : rows) {
            assertTrue(row.startsWith("| ") || row.startsWith("|---"), row);
            assertTrue(row.endsWith(" |") || row.endsWith(":|"), row);
        }
    }
}
