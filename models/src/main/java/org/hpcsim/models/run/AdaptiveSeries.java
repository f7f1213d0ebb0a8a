package org.hpcsim.models.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps a time series at the finest step that fits a budget of points: fine steps come in; when
 * the kept points reach the budget, neighbours are merged in pairs (time-weighted, so averages
 * stay exact) and the step doubles. A run of any length ends with between half the budget and
 * the budget of points, in memory proportional to the budget.
 */
public final class AdaptiveSeries implements Consumer<TimeSeriesPoint> {
    private final int budget;
    private final List<TimeSeriesPoint> closed = new ArrayList<>();
    private double step;
    private TimeSeriesPoint open;

    /** Starts at steps of {@code firstStep} seconds and keeps at most {@code budget} points. */
    public AdaptiveSeries(double firstStep, int budget) {
        if (budget < 2 || !(firstStep > 0)) {
            throw new IllegalArgumentException("need a positive step and a budget of at least 2 points");
        }
        this.step = firstStep;
        this.budget = budget;
    }

    @Override
    public void accept(TimeSeriesPoint p) {
        open = open == null ? p : merge(open, p);
        if (open.step() >= step - 1e-9) {
            closed.add(open);
            open = null;
            if (closed.size() == budget) {
                halve();
            }
        }
    }

    private void halve() {
        List<TimeSeriesPoint> merged = new ArrayList<>(budget / 2 + 1);
        int i = 0;
        for (; i + 1 < closed.size(); i += 2) {
            merged.add(merge(closed.get(i), closed.get(i + 1)));
        }
        TimeSeriesPoint odd = i < closed.size() ? closed.get(i) : null;
        closed.clear();
        closed.addAll(merged);
        step *= 2;
        if (odd != null) {
            open = open == null ? odd : merge(odd, open);
        }
    }

    /** The points so far, the last one possibly shorter than the step. */
    public List<TimeSeriesPoint> points() {
        List<TimeSeriesPoint> all = new ArrayList<>(closed);
        if (open != null) {
            all.add(open);
        }
        return all;
    }

    /** The current step in seconds. */
    public double step() {
        return step;
    }

    /** Two consecutive points as one, each level weighted by its point's length. */
    static TimeSeriesPoint merge(TimeSeriesPoint a, TimeSeriesPoint b) {
        double s = a.step() + b.step();
        double wa = a.step() / s;
        double wb = b.step() / s;
        return new TimeSeriesPoint(a.time(), s, a.busyCores() * wa + b.busyCores() * wb,
                a.busyGpus() * wa + b.busyGpus() * wb, a.busyNodes() * wa + b.busyNodes() * wb,
                a.queuedJobs() * wa + b.queuedJobs() * wb, a.runningJobs() * wa + b.runningJobs() * wb,
                a.nodesUp() * wa + b.nodesUp() * wb, a.costPerHour() * wa + b.costPerHour() * wb);
    }
}
