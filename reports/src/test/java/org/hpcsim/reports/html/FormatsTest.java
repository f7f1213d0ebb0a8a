package org.hpcsim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Durations and numbers as the page writes them. */
class FormatsTest {
    @Test
    void shouldWriteDurationsInAtMostTwoUnits() {
        assertEquals("0 s", Formats.duration(0));
        assertEquals("0.4 s", Formats.duration(0.42));
        assertEquals("10 s", Formats.duration(9.96));
        assertEquals("42 s", Formats.duration(42.2));
        assertEquals("1 min", Formats.duration(60));
        assertEquals("12 min 5 s", Formats.duration(725));
        assertEquals("1 h", Formats.duration(3599.6));
        assertEquals("16 h 37 min", Formats.duration(59_830.5442));
        assertEquals("1 d", Formats.duration(86_399));
        assertEquals("158 d 15 h", Formats.duration(13_706_049));
        assertEquals("−5 min", Formats.duration(-300));
        assertEquals("–", Formats.duration(Double.NaN));
    }

    @Test
    void shouldWriteDollarsToTheCentAndPricesAsQuoted() {
        assertEquals("$15,972.90", Formats.dollars(15_972.904079999997));
        assertEquals("$0.00", Formats.dollars(0.004));
        assertEquals("−$3.00", Formats.dollars(-3));
        assertEquals("–", Formats.dollars(Double.NaN));
        assertEquals("$1.3608", Formats.price(3.888 * 0.35));
        assertEquals("$3.888", Formats.price(3.888));
        assertEquals("$2.00", Formats.price(2));
        assertEquals("$55.04", Formats.price(55.04));
    }

    @Test
    void shouldWriteNumbersTheSameEverywhere() {
        assertEquals("10,780,594.8", Formats.fixed(10_780_594.764444444, 1));
        assertEquals("69.1 %", Formats.percent(0.6913102468251426));
        assertEquals("5,000", Formats.count(5000));
        assertEquals("13706049", Formats.exact(1.3706049E7));
        assertEquals("274439.80000000005", Formats.exact(274439.80000000005));
        assertEquals("0", Formats.exact(0.0));
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<a href=\"x\">&'"));
    }
}
