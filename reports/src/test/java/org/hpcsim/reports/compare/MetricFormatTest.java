package org.hpcsim.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Values and changes as text, in each unit. */
class MetricFormatTest {
    @Test
    void shouldShowDurationsInAUnitChosenBySize() {
        assertEquals("42 s", MetricFormat.value(Unit.SECONDS, 42));
        assertEquals("58.0 min", MetricFormat.value(Unit.SECONDS, 3480));
        assertEquals("3.5 h", MetricFormat.value(Unit.SECONDS, 12_600));
        assertEquals("4.0 d", MetricFormat.value(Unit.SECONDS, 345_600));
    }

    @Test
    void shouldShowEachUnitsValue() {
        assertEquals("3145", MetricFormat.value(Unit.COUNT, 3145));
        assertEquals("39.5 %", MetricFormat.value(Unit.FRACTION, 0.3947));
        assertEquals("47.31", MetricFormat.value(Unit.RATIO, 47.3053));
        assertEquals("2.13 jobs/h", MetricFormat.value(Unit.JOBS_PER_HOUR, 2.1324));
        assertEquals("3.3", MetricFormat.value(Unit.JOBS, 3.3256));
        assertEquals("139725.3 core-h", MetricFormat.value(Unit.CORE_HOURS, 139_725.33));
        assertEquals("$45,636.01", MetricFormat.value(Unit.DOLLARS, 45_636.0055));
        assertEquals("$0.50", MetricFormat.value(Unit.DOLLARS, 0.5));
        assertEquals("n/a", MetricFormat.value(Unit.SECONDS, Double.NaN));
    }

    @Test
    void shouldShowAChangeAsSignedDifferenceAndPercentage() {
        assertEquals("-12.4 min (-21.4%)", MetricFormat.change(Unit.SECONDS, Change.between(3480, 2736)));
        assertEquals("+60.0 min (+25.0%)", MetricFormat.change(Unit.SECONDS, Change.between(14_400, 18_000)));
        assertEquals("+5.0 pp (+10.0%)", MetricFormat.change(Unit.FRACTION, Change.between(0.5, 0.55)));
        assertEquals("-10 (-10.0%)", MetricFormat.change(Unit.COUNT, Change.between(100, 90)));
        assertEquals("-1.00 (-25.0%)", MetricFormat.change(Unit.RATIO, Change.between(4, 3)));
        assertEquals("+0.50 jobs/h (+5.0%)", MetricFormat.change(Unit.JOBS_PER_HOUR, Change.between(10, 10.5)));
        assertEquals("-100.0 core-h (-10.0%)", MetricFormat.change(Unit.CORE_HOURS, Change.between(1000, 900)));
        assertEquals("-$29,663.40 (-65.0%)", MetricFormat.change(Unit.DOLLARS, Change.between(45_636, 15_972.6)));
        assertEquals("+$1.25 (+25.0%)", MetricFormat.change(Unit.DOLLARS, Change.between(5, 6.25)));
        assertEquals("$0.00 (0.0%)", MetricFormat.change(Unit.DOLLARS, Change.between(5, 4.999)),
                "a change under a cent shows no sign on the dollars");
    }

    @Test
    void shouldSayNaWhenThereIsNoPercentageOrNoNumber() {
        assertEquals("+60 s (n/a)", MetricFormat.change(Unit.SECONDS, Change.between(0, 60)));
        assertEquals("0 s (n/a)", MetricFormat.change(Unit.SECONDS, Change.between(0, 0)));
        assertEquals("n/a", MetricFormat.change(Unit.SECONDS, Change.between(Double.NaN, 60)));
        assertEquals("n/a", MetricFormat.percent(OptionalDouble.empty()));
    }

    @Test
    void shouldShowAChangeThatRoundsToNothingWithoutASign() {
        assertEquals("0 s (0.0%)", MetricFormat.change(Unit.SECONDS, Change.between(3480, 3480)));
        assertEquals("0 s (0.0%)", MetricFormat.change(Unit.SECONDS, Change.between(100_000, 99_999.9)));
        assertEquals("0.0 pp (0.0%)", MetricFormat.change(Unit.FRACTION, Change.between(0.5, 0.49999)));
        assertEquals("-2.0 min (-1.4%)", MetricFormat.change(Unit.SECONDS, Change.between(8400, 8280)));
    }
}
