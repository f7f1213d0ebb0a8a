package org.hpcsim.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;

/**
 * A one-line progress display on a terminal: simulated time covered, jobs done (of how many,
 * when known), events per second and the time left. Redrawn at most five times a second from
 * the run's heartbeats; wall-clock time is read here only, never by the model.
 */
final class ProgressBar implements RunObserver {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final long totalJobs;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private long jobsDone;
    private boolean drawn;

    /** Draws on {@code out}; {@code totalJobs} is -1 when the workload's size is not known in advance. */
    ProgressBar(PrintStream out, long totalJobs) {
        this.out = out;
        this.totalJobs = totalJobs;
    }

    @Override
    public void jobFinished(JobOutcome outcome) {
        jobsDone++;
    }

    @Override
    public void heartbeat(long now, long events) {
        long t = System.nanoTime();
        if (t - lastDraw >= REDRAW_NANOS) {
            lastDraw = t;
            out.print("\r" + line(now, events, jobsDone, totalJobs, (t - startNanos) / 1e9) + "\u001b[K");
            out.flush();
            drawn = true;
        }
    }

    @Override
    public void runFinished(long now) {
        if (drawn) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }

    /** The text of the line, for a run at simulated time {@code now} after {@code elapsed} wall seconds. */
    static String line(long now, long events, long done, long total, double elapsed) {
        StringBuilder sb = new StringBuilder();
        if (total > 0) {
            double fraction = Math.min(1, (double) done / total);
            int filled = (int) Math.round(fraction * 20);
            sb.append('[').append("=".repeat(filled)).append(" ".repeat(20 - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", 100 * fraction));
        }
        sb.append(String.format(Locale.ROOT, "sim day %.1f | %,d jobs done", SimTime.toSeconds(now) / 86_400, done));
        if (elapsed > 0) {
            sb.append(String.format(Locale.ROOT, " | %.1f M events/s", events / elapsed / 1e6));
        }
        if (total > 0 && done > 0 && done < total) {
            long left = Math.round(elapsed * (total - done) / done);
            sb.append(String.format(Locale.ROOT, " | ETA %d:%02d", left / 60, left % 60));
        }
        return sb.toString();
    }
}
