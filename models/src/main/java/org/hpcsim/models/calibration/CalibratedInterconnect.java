package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.MessageBand;
import org.hpcsim.models.network.Stack;
import org.hpcsim.models.network.StackKind;

/**
 * The interconnect a fitted point-to-point model describes: its one-way time through one switch
 * at every size is the fit's prediction.
 *
 * <p>Latency is the first piece's alpha and bandwidth the last piece's 1 / secondsPerByte; each
 * piece becomes a message band whose factors scale them to its own alpha and slope. There is no
 * eager threshold: a rendezvous handshake is in the measured times, so the fit already holds its
 * step as a breakpoint, and adding a round trip would count it twice. For the same reason the
 * stack adds no overhead and reaches the whole port: the benchmark went through it.
 */
public final class CalibratedInterconnect {
    private CalibratedInterconnect() {}

    /**
     * The interconnect named {@code name} whose messages take {@code pointToPoint}'s time, its stack
     * of {@code kind} (a label only: the overheads are measured), from {@code source}.
     */
    public static Interconnect of(String name, StackKind kind, PiecewiseLinear pointToPoint, String source) {
        List<PiecewiseLinear.Piece> pieces = pointToPoint.pieces();
        PiecewiseLinear.Piece last = pieces.get(pieces.size() - 1);
        if (!(last.slope() > 0)) {
            throw new IllegalArgumentException("the last segment's secondsPerByte is 0, so the fit gives no"
                    + " bandwidth for large messages (measure larger sizes)");
        }
        double latency = pieces.get(0).intercept();
        double bandwidth = 1 / last.slope();
        List<MessageBand> bands = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            PiecewiseLinear.Piece p = pieces.get(i);
            bands.add(new MessageBand(i == 0 ? 0 : firstSizeAfter(pieces.get(i - 1)),
                    latencyFactor(p.intercept(), latency, i), (1 / p.slope()) / bandwidth));
        }
        return new Interconnect(name, latency, bandwidth, Long.MAX_VALUE, bands, new Stack(kind, 0, 1), source);
    }

    // A size uses the first piece whose toBytes it does not exceed, so a gap between two measured
    // ranges goes with the larger piece: its band starts just past the previous piece, not at its
    // own first measured size.
    private static long firstSizeAfter(PiecewiseLinear.Piece previous) {
        return (long) Math.floor(previous.toBytes()) + 1;
    }

    private static double latencyFactor(double alpha, double latency, int piece) {
        if (latency > 0) {
            return alpha / latency;
        }
        if (alpha > 0) {
            throw new IllegalArgumentException("segment 1's alphaSeconds is 0 but segment " + (piece + 1)
                    + "'s is " + alpha + ": later latencies cannot be scaled from a zero latency");
        }
        return 1; // zero latency times any factor: the piece's alpha of 0
    }
}
