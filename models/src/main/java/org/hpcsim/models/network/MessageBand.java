package org.hpcsim.models.network;

/**
 * Factors applied to messages of at least {@code fromBytes} bytes (up to the next band):
 * time = latency x latencyFactor + bytes / (bandwidth x bandwidthFactor).
 *
 * <p>A latency factor of 0 and an infinite bandwidth factor are allowed because a fitted
 * calibration piece can have them: alpha held at 0 (the free fit went negative) or a slope held
 * at 0 (time flat in size, as small messages often are). Both give the fitted time exactly.
 */
public record MessageBand(long fromBytes, double latencyFactor, double bandwidthFactor) {
    /** One band for all sizes that leaves latency and bandwidth as they are (plain Hockney). */
    public static final MessageBand UNIFORM = new MessageBand(0, 1, 1);

    /** Validates the band. */
    public MessageBand {
        if (fromBytes < 0 || !(latencyFactor >= 0) || !(bandwidthFactor > 0) || !Double.isFinite(latencyFactor)) {
            throw new IllegalArgumentException("message band: fromBytes and the latency factor must be 0 or more and"
                    + " finite, the bandwidth factor positive, got " + fromBytes + ", " + latencyFactor + ", "
                    + bandwidthFactor);
        }
    }
}
