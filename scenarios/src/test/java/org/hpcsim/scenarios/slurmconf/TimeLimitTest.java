package org.hpcsim.scenarios.slurmconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Slurm's time formats read to exact durations; UNLIMITED, INFINITE and -1 to no limit. */
class TimeLimitTest {

    @Test
    void shouldReadAPlainNumberAsMinutes() {
        assertEquals(Duration.ofMinutes(90), parse("90"));
    }

    @Test
    void shouldReadMinutesAndSeconds() {
        assertEquals(Duration.ofSeconds(90), parse("1:30"));
    }

    @Test
    void shouldReadHoursMinutesAndSeconds() {
        assertEquals(Duration.ofHours(1).plusMinutes(2).plusSeconds(3), parse("01:02:03"));
    }

    @Test
    void shouldReadTheFormsWithDays() {
        assertEquals(Duration.ofDays(2).plusHours(3), parse("2-3"));
        assertEquals(Duration.ofDays(1).plusHours(2).plusMinutes(30), parse("1-02:30"));
        assertEquals(Duration.ofDays(7).plusHours(1).plusMinutes(2).plusSeconds(3), parse("7-01:02:03"));
        assertEquals(Duration.ofDays(7), parse("7-0"));
    }

    @Test
    void shouldReadUnlimitedWordsInAnyCase() {
        for (String word : new String[] {"UNLIMITED", "unlimited", "INFINITE", "Infinite", "-1"}) {
            assertTrue(TimeLimit.parse(word).unlimited(), word);
        }
    }

    @Test
    void shouldRoundSecondsUpToWholeMinutesAsSlurmDoesForPartitions() {
        assertEquals(Optional.of(2L), TimeLimit.parse("1:30").minutesRoundedUp());
        assertEquals(Optional.of(90L), TimeLimit.parse("90").minutesRoundedUp());
        assertEquals(Optional.empty(), TimeLimit.UNLIMITED.minutesRoundedUp());
    }

    @Test
    void shouldRejectOtherShapesNamingTheFormats() {
        for (String bad : new String[] {"", "1:2:3:4", "1-2:3:4:5", "1h", "-5", "1.5", "1-", "-1-2", "a:b"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse(bad), bad);
            assertTrue(e.getMessage().contains("days-hours:minutes:seconds"), e.getMessage());
        }
    }

    private static Duration parse(String text) {
        return TimeLimit.parse(text).duration().orElseThrow();
    }
}
