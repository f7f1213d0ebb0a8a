package org.hpcsim.scenarios.sacct;

import static org.hpcsim.core.SimTime.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** sacct's time stamps are local times of a zone; its durations have several shapes. */
class SacctTimesTest {
    @Test
    void shouldReadATimeStampInTheGivenZone() {
        assertEquals(1_709_280_000L, new SacctTimes(ZoneOffset.UTC).epochSeconds("2024-03-01T08:00:00"));
        assertEquals(1_709_280_000L, new SacctTimes(ZoneId.of("Europe/Berlin")).epochSeconds("2024-03-01T09:00:00"));
        assertEquals(1_709_280_000L, new SacctTimes(ZoneId.of("America/Chicago")).epochSeconds("2024-03-01T02:00:00"));
    }

    @Test
    void shouldTakeTheEarlierOffsetInTheHourADaylightSavingChangeRepeats() {
        // 2024-10-27 02:30 happens twice in Berlin: first at +02:00 (00:30Z), then at +01:00.
        assertEquals(1_729_989_000L, new SacctTimes(ZoneId.of("Europe/Berlin")).epochSeconds("2024-10-27T02:30:00"));
    }

    @ParameterizedTest
    @CsvSource({"Unknown", "None", "unknown", "''"})
    void shouldReadUnknownTimeStamps(String text) {
        assertEquals(SacctTimes.UNKNOWN_TIME, new SacctTimes(ZoneOffset.UTC).epochSeconds(text));
    }

    @ParameterizedTest
    @CsvSource({"2024-03-01", "2024-03-01T08:00", "2024-03-01T08:00:00Z", "2024-13-01T08:00:00",
        "2024-03-01T24:00:00", "2024-03-0xT08:00:00", "1709280000"})
    void shouldRejectOtherTimeStamps(String text) {
        assertEquals(SacctTimes.MALFORMED_TIME, new SacctTimes(ZoneOffset.UTC).epochSeconds(text));
    }

    @ParameterizedTest
    @CsvSource({
        "1-02:03:04,   93784000000000",
        "12-00:00:00,  1036800000000000",
        "02:03:04,     7384000000000",
        "00:45:00,     2700000000000",
        "45:00,        2700000000000",
        "01:02.345,    62345000000",
        "00:00.002,    2000000",
        "01:00:00.5,   3600500000000",
        "00:00:00,     0",
    })
    void shouldReadDurations(String text, long nanos) {
        assertEquals(nanos, SacctTimes.durationNanos(text));
    }

    @ParameterizedTest
    @CsvSource({"INVALID", "UNLIMITED", "Partition_Limit", "Partition_limit", "Unknown", "''"})
    void shouldReadUnknownDurations(String text) {
        assertEquals(SacctTimes.UNKNOWN_DURATION, SacctTimes.durationNanos(text));
    }

    @ParameterizedTest
    @CsvSource({"1-02:03", "abc", "1:2:3:4", "00:61", "01:60:00", "-01:00:00", "1-", "12", "01:02.", "01:02.3x",
        "1-2-03:04:05"})
    void shouldRejectOtherDurations(String text) {
        assertEquals(SacctTimes.MALFORMED_DURATION, SacctTimes.durationNanos(text));
    }

    @Test
    void shouldConvertWholeSecondsExactly() {
        assertEquals(seconds(93_784), SacctTimes.durationNanos("1-02:03:04"));
    }
}
