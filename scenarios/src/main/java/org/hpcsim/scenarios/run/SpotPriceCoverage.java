package org.hpcsim.scenarios.run;

import java.time.Instant;
import java.util.Locale;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.PriceSeries;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.ScenarioException;

/**
 * Stops a run whose Spot price series starts after the first submission, where the accounting
 * window opens: no price is made up for the hours before the series' first row.
 */
final class SpotPriceCoverage implements RunObserver {
    private final PriceSeries series;
    private final long unixStartTime;
    private boolean checked;

    /** Checks {@code series}; simulation time 0 stands for the Unix time {@code unixStartTime} (s). */
    SpotPriceCoverage(PriceSeries series, long unixStartTime) {
        this.series = series;
        this.unixStartTime = unixStartTime;
    }

    @Override
    public void jobSubmitted(Job job, long now) {
        if (checked) {
            return;
        }
        checked = true;
        if (now < series.start()) {
            throw new ScenarioException(series.source() + ": the first Spot price is at " + when(series.start())
                    + ", after the run's first submission at " + when(now) + "; add a row at or before it");
        }
    }

    private String when(long t) {
        double s = SimTime.toSeconds(t);
        // The date as the trace's header places time 0 (1970 when it does not).
        return String.format(Locale.ROOT, "%.0f s (%s)", s,
                Instant.ofEpochSecond(unixStartTime + (long) Math.floor(s)));
    }
}
