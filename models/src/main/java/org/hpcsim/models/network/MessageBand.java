package org.hpcsim.models.network;

/**
 * Factors applied to messages of at least {@code fromBytes} bytes (up to the next band):
 * time = latency x latencyFactor + bytes / (bandwidth x bandwidthFactor).
 */
public record MessageBand(long fromBytes, double latencyFactor, double bandwidthFactor) {
    /** Validates the band. */
    public MessageBand {
        if (fromBytes < 0 || !(latencyFactor > 0) || !(bandwidthFactor > 0)) {
            throw new IllegalArgumentException("message band: impossible factors");
        }
    }
}
