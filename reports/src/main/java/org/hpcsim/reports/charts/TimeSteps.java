package org.hpcsim.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.jfree.data.xy.XYSeries;

/** Turns time-series steps into step-chart series on a common time axis. */
final class TimeSteps {
    /** More steps than a 1600-pixel plot has columns only bloat the SVG; beyond this they are merged. */
    static final int MAX_STEPS = 1500;

    private final List<TimeSeriesPoint> points;
    private final double origin;
    private final TimeScale scale;

    TimeSteps(List<TimeSeriesPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the time series is empty");
        }
        this.points = coarsen(points, MAX_STEPS);
        this.origin = points.get(0).time();
        TimeSeriesPoint last = points.get(points.size() - 1);
        this.scale = TimeScale.forSpan(last.time() + last.step() - origin);
    }

    TimeScale scale() {
        return scale;
    }

    /** The x-axis label: time since the first point (the first submission), in the chosen unit. */
    String axisLabel() {
        return "Time since first submission (" + scale.symbol() + ")";
    }

    /**
     * One series of {@code value} as the corners of a step line: each step from its start to its
     * end at its level, consecutive steps at the same level merged into one, so the series can be
     * drawn as a single path (one SVG element rather than one per step).
     */
    XYSeries series(String key, ToDoubleFunction<TimeSeriesPoint> value) {
        XYSeries s = new XYSeries(key, false, true);
        double level = Double.NaN;
        for (TimeSeriesPoint p : points) {
            double v = value.applyAsDouble(p);
            double x0 = scale.of(p.time() - origin);
            double x1 = scale.of(p.time() + p.step() - origin);
            if (v == level) {
                s.remove(s.getItemCount() - 1);
            } else {
                s.add(x0, v);
            }
            s.add(x1, v);
            level = v;
        }
        return s;
    }

    /**
     * The running total of {@code perHour}, a rate per hour held over each step: 0 at the start of
     * the first step, then the total at the end of every step, with consecutive steps at the same
     * rate merged (their corners lie on one straight line), so a constant rate is two points.
     */
    XYSeries cumulative(String key, ToDoubleFunction<TimeSeriesPoint> perHour) {
        XYSeries s = new XYSeries(key, false, true);
        s.add(scale.of(points.get(0).time() - origin), 0.0);
        double total = 0;
        double rate = Double.NaN;
        for (TimeSeriesPoint p : points) {
            double r = perHour.applyAsDouble(p);
            total += r * p.step() / 3600;
            if (r == rate) {
                s.remove(s.getItemCount() - 1);
            }
            s.add(scale.of(p.time() + p.step() - origin), total);
            rate = r;
        }
        return s;
    }

    /**
     * Merges runs of consecutive steps into one, averaging each level weighted by step length (as
     * the collector itself averages within a step), so that at most {@code max} steps remain.
     */
    static List<TimeSeriesPoint> coarsen(List<TimeSeriesPoint> points, int max) {
        if (points.size() <= max) {
            return points;
        }
        int group = (points.size() + max - 1) / max;
        List<TimeSeriesPoint> out = new ArrayList<>(max);
        for (int from = 0; from < points.size(); from += group) {
            int to = Math.min(points.size(), from + group);
            double length = 0;
            double[] sum = new double[7];
            for (TimeSeriesPoint p : points.subList(from, to)) {
                length += p.step();
                sum[0] += p.busyCores() * p.step();
                sum[1] += p.busyGpus() * p.step();
                sum[2] += p.busyNodes() * p.step();
                sum[3] += p.queuedJobs() * p.step();
                sum[4] += p.runningJobs() * p.step();
                sum[5] += p.nodesUp() * p.step();
                sum[6] += p.costPerHour() * p.step();
            }
            double d = length > 0 ? length : 1;
            out.add(new TimeSeriesPoint(points.get(from).time(), length, sum[0] / d, sum[1] / d, sum[2] / d,
                    sum[3] / d, sum[4] / d, sum[5] / d, sum[6] / d));
        }
        return out;
    }

    /** Whether nodes up changes over the series (an autoscaling cluster); a static one is constant. */
    static boolean nodesUpVaries(List<TimeSeriesPoint> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (TimeSeriesPoint p : series) {
            if (Double.isNaN(p.nodesUp())) {
                return false;
            }
            min = Math.min(min, p.nodesUp());
            max = Math.max(max, p.nodesUp());
        }
        return max > min;
    }
}
