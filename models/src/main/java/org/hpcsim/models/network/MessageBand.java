package org.hpcsim.models.network;

/**
 * Factors applied to messages of at least {@code fromBytes} bytes (up to the next band):
 * time = latency x latencyFactor + bytes / (bandwidth x bandwidthFactor).
 */
public record MessageBand(long fromBytes, double latencyFactor, double bandwidthFactor) {
    /** One band for all sizes that leaves latency and bandwidth as they are (plain Hockney). */
    public static final MessageBand UNIFORM = new MessageBand(0, 1, 1);

    /** Validates the band. */
    public MessageBand {
        if (fromBytes < 0 || !(latencyFactor > 0) || !(bandwidthFactor > 0)
                || !Double.isFinite(latencyFactor) || !Double.isFinite(bandwidthFactor)) {
            throw new IllegalArgumentException("message band: fromBytes must be 0 or more and both factors positive,"
                    + " got " + fromBytes + ", " + latencyFactor + ", " + bandwidthFactor);
        }
    }
}
