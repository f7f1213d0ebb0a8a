package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.PriceSeries;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;

/** A Spot price series file: seconds or ISO dates, a header and comments, and one-line errors naming file:line. */
class SpotPriceFileTest {
    private static PriceSeries parse(String text, long unixStart) throws IOException {
        return SpotPriceFile.parse(new BufferedReader(new StringReader(text)), "p.csv", unixStart);
    }

    private static String error(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(text, 0));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void shouldReadSecondsWithAHeaderAndComments() throws IOException {
        PriceSeries s = parse("# c5n.18xlarge, illustrative\ntime,price\n\n0,1.2\n3600, 1.5\n", 0);
        assertEquals(2, s.size());
        assertEquals(0, s.start());
        assertEquals(1.2, s.at(SimTime.seconds(3599)), 0);
        assertEquals(1.5, s.at(SimTime.seconds(3600)), 0);
        assertEquals("p.csv", s.source());
    }

    @Test
    void shouldPlaceIsoDatesByTheTracesStart() throws IOException {
        // The trace starts at 2024-03-01T00:00:00Z = 1709251200; a plain date is midnight UTC.
        PriceSeries s = parse("2024-03-01,1\n2024-03-01T01:00:00Z,2\n2024-03-01T03:00:00+01:00,3\n", 1709251200L);
        assertEquals(0, s.start());
        assertEquals(2, s.at(SimTime.seconds(3600)), 0);
        assertEquals(3, s.at(SimTime.seconds(7200)), 0, "03:00+01:00 is 02:00Z, 7200 s in");
    }

    @Test
    void shouldNameTheFileAndLineOfEachMistake() {
        assertEquals("p.csv:2: expected 2 fields (time, price per node-hour), got 3", error("0,1\n10,2,3\n"));
        assertEquals("p.csv:2: an ISO date after times in seconds; give every time the same way",
                error("0,1\n2024-03-01,2\n"));
        assertEquals("p.csv:3: time 10 is not after the row before it (rows must be in increasing time order)",
                error("0,1\n10,2\n10,3\n"));
        assertEquals("p.csv:1: price '-1' must be US dollars per node-hour, 0 or more", error("0,-1\n"));
        assertEquals("p.csv:2: price 'x' must be US dollars per node-hour, 0 or more", error("0,1\n5,x\n"));
        assertTrue(error("0,1\n2024-13-01,2\n").startsWith("p.csv:2: "), "a bad date is a bad time");
        assertTrue(error("0,1\nnoon,2\n").startsWith("p.csv:2: time 'noon' is neither seconds"));
        assertEquals("p.csv: no prices (expected rows of time,price: seconds or an ISO date, then US dollars per"
                + " node-hour)", error("# nothing\ntime,price\n"));
    }

    @Test
    void shouldSayAMissingFileIsMissing() {
        InputNotFoundException e = assertThrows(InputNotFoundException.class,
                () -> SpotPriceFile.read(Path.of("no-such-prices.csv"), 0));
        assertEquals("no-such-prices.csv: no such Spot price file (cluster.pricing.spotPrices)", e.getMessage());
    }
}
