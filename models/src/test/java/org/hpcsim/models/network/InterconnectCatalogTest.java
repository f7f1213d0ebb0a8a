package org.hpcsim.models.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterconnectCatalogTest {
    @Test
    void shouldReproduceTheUserReportedEfaLatencyWithinFivePercent() {
        // shared/REFERENCE.md: osu_latency on c5n, 9.9 us at 1 B and 18.4 us at 64 KiB, two nodes on one switch.
        Interconnect efa = InterconnectCatalog.find("efa-c5n").orElseThrow();
        assertEquals(9.9e-6, efa.messageTime(1, 1, 0), 0.05 * 9.9e-6);
        assertEquals(18.4e-6, efa.messageTime(65536, 1, 0), 0.05 * 18.4e-6);
    }

    @Test
    void shouldConvertGigabitsToBytesPerSecond() {
        assertEquals(25e9, InterconnectCatalog.find("ib-hdr").orElseThrow().bandwidth());
        assertEquals(50e9, InterconnectCatalog.find("ib-ndr").orElseThrow().bandwidth());
        assertEquals(400e9, InterconnectCatalog.find("efa-p5").orElseThrow().bandwidth());
    }

    @Test
    void shouldListEveryEntryWithASource() {
        assertEquals(8, InterconnectCatalog.all().size());
        for (Interconnect i : InterconnectCatalog.all()) {
            assertTrue(InterconnectCatalog.names().contains(i.name()));
            assertFalse(i.source().isBlank(), i.name());
        }
        assertTrue(InterconnectCatalog.find("myrinet").isEmpty());
    }

    @Test
    void shouldKeepTcpInTheTensOfMicrosecondsAndBypassBelowIt() {
        double tcp = InterconnectCatalog.find("ethernet-25g-tcp").orElseThrow().messageTime(8, 1, 0);
        assertTrue(tcp >= 10e-6 && tcp < 100e-6, "tcp " + tcp);
        double ib = InterconnectCatalog.find("ib-hdr").orElseThrow().messageTime(8, 1, 0);
        double roce = InterconnectCatalog.find("roce-100g").orElseThrow().messageTime(8, 1, 0);
        assertTrue(ib < roce && roce < 1e-6, ib + " " + roce);
    }
}
