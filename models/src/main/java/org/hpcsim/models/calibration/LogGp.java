package org.hpcsim.models.calibration;

/**
 * The LogGP model of point-to-point messages as fitted to ping-pong latency and, when given,
 * streaming bandwidth. A one-way message of m bytes takes L + 2o + (m - 1) G, plus one small-message
 * round trip 2 (L + 2o) for the rendezvous handshake above {@code rendezvousBytes}; a stream of
 * m-byte messages sends one per g + (m - 1) G. Ping-pong sees L and o only as their sum, so the
 * sum is the parameter; telling them apart takes an overhead benchmark.
 *
 * @param latency          L + 2o, seconds
 * @param latencyInterval  its 95% interval {low, high}
 * @param gapPerByte       G, seconds per byte
 * @param gapPerByteInterval its 95% interval
 * @param gap              g, seconds per message; NaN without bandwidth measurements
 * @param gapInterval      its 95% interval, NaNs without bandwidth measurements
 * @param rendezvousBytes  messages above this size pay the handshake; 0 when no switch was found
 * @param latencyQuality   fit of the ping-pong latencies (R^2 of the logarithms, as fitted)
 * @param bandwidthQuality fit of the streaming bandwidths (likewise), null without them
 * @param bic              the BIC of the chosen fit (relative residuals)
 */
public record LogGp(double latency, double[] latencyInterval, double gapPerByte, double[] gapPerByteInterval,
                    double gap, double[] gapInterval, double rendezvousBytes, FitQuality latencyQuality,
                    FitQuality bandwidthQuality, double bic) {
    /** Copies the intervals. */
    public LogGp {
        latencyInterval = latencyInterval.clone();
        gapPerByteInterval = gapPerByteInterval.clone();
        gapInterval = gapInterval.clone();
    }

    /** One-way time of an m-byte message, seconds. */
    public double seconds(double bytes) {
        return seconds(latency, gapPerByte, rendezvousBytes, bytes);
    }

    /** Streaming bandwidth of m-byte messages, bytes per second; NaN without a fitted gap. */
    public double bandwidth(double bytes) {
        return bandwidth(gap, gapPerByte, bytes);
    }

    /** Whether a streaming bandwidth was fitted. */
    public boolean hasGap() {
        return !Double.isNaN(gap);
    }

    @Override
    public double[] latencyInterval() {
        return latencyInterval.clone();
    }

    @Override
    public double[] gapPerByteInterval() {
        return gapPerByteInterval.clone();
    }

    @Override
    public double[] gapInterval() {
        return gapInterval.clone();
    }

    static double seconds(double latency, double gapPerByte, double rendezvousBytes, double bytes) {
        double handshake = rendezvousBytes > 0 && bytes > rendezvousBytes ? 2 * latency : 0;
        return latency + Math.max(bytes - 1, 0) * gapPerByte + handshake;
    }

    static double bandwidth(double gap, double gapPerByte, double bytes) {
        return bytes / (gap + Math.max(bytes - 1, 0) * gapPerByte);
    }
}
