package org.hpcsim.reports.sweep;

import org.hpcsim.reports.charts.TimeScale;
import org.hpcsim.reports.compare.HeadlineMetric;

/**
 * How a headline metric's values are drawn on an axis: times in a unit chosen from their size,
 * fractions in percent, the rest as they are, with the unit in the label.
 *
 * @param label  the axis label, such as {@code P95 wait (min)}
 * @param factor what a value in the metric's base unit is multiplied by to be drawn
 */
record MetricAxis(String label, double factor) {
    /** The axis of {@code metric} for values up to {@code largest} in its base unit. */
    static MetricAxis of(HeadlineMetric metric, double largest) {
        String name = title(metric);
        switch (metric.unit()) {
            case SECONDS:
                TimeScale scale = TimeScale.forSpan(largest);
                return new MetricAxis(name + " (" + scale.symbol() + ")", scale.of(1));
            case FRACTION:
                return new MetricAxis(name + " (%)", 100);
            case DOLLARS:
                return new MetricAxis(name + " (US$)", 1);
            case JOBS_PER_HOUR:
                return new MetricAxis(name + " (jobs/h)", 1);
            case CORE_HOURS:
                return new MetricAxis(name + " (core-h)", 1);
            default:
                return new MetricAxis(name, 1);
        }
    }

    /** {@code value}, in the metric's base unit, as drawn. */
    double shown(double value) {
        return value * factor;
    }

    /** The metric's label with a capital first letter, for titles and axes. */
    static String title(HeadlineMetric metric) {
        String label = metric.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
