package org.hpcsim.cli.sweep;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display over a study's points on a terminal: points done of the total,
 * points per second and the time left. Wall-clock time is read here only, never by the model.
 */
final class PointProgress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private final long startNanos = System.nanoTime();
    private int done;

    /** Draws on {@code out}, or nowhere when {@code out} is null (not a terminal). */
    PointProgress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    /** Counts a point done and redraws. */
    synchronized void pointDone() {
        done++;
        if (out == null) {
            return;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.print("\r" + line(done, total, seconds) + "\u001b[K");
        if (done == total) {
            out.print("\r\u001b[K");
        }
        out.flush();
    }

    /** The line for {@code done} of {@code total} points after {@code seconds}. */
    static String line(int done, int total, double seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / rate) : "";
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%d/%d points, %.2f points/s", done, total, rate) + left;
    }
}
