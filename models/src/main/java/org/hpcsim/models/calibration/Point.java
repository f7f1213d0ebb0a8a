package org.hpcsim.models.calibration;

/**
 * One measurement of a size sweep: a message or transfer size and what was measured at it.
 *
 * @param bytes the size in bytes
 * @param value the measured value, in the SI unit of its series (seconds, bytes per second)
 */
public record Point(double bytes, double value) {
    /** Checks that both numbers are finite and the size is not negative. */
    public Point {
        if (!Double.isFinite(bytes) || bytes < 0 || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a measurement needs a finite size >= 0 and a finite value, got "
                    + bytes + " bytes, " + value);
        }
    }
}
