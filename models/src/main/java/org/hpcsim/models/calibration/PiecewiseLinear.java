package org.hpcsim.models.calibration;

import java.util.List;

/**
 * A prediction model, time = intercept + slope x bytes, piecewise in the size: the form a
 * calibrated point-to-point, collective or host-device transfer model takes for the simulator.
 * A size uses the first piece whose {@code toBytes} it does not exceed, and the last piece past
 * them all: a size between two measured ranges goes with the larger messages, since the switch
 * is only known to lie somewhere in the gap and the protocol after it (rendezvous after eager) is
 * usually the slower guess.
 *
 * @param pieces the pieces in ascending order of size
 */
public record PiecewiseLinear(List<Piece> pieces) {
    /**
     * One piece.
     *
     * @param fromBytes smallest size the piece was fitted on
     * @param toBytes   largest size the piece was fitted on
     * @param intercept time of an empty message, seconds
     * @param slope     seconds per byte
     */
    public record Piece(double fromBytes, double toBytes, double intercept, double slope) {
        /** Checks the range and the signs. */
        public Piece {
            if (!(fromBytes >= 0 && toBytes >= fromBytes) || !(intercept >= 0) || !(slope >= 0)
                    || !Double.isFinite(intercept) || !Double.isFinite(slope)) {
                throw new IllegalArgumentException("a piece needs 0 <= fromBytes <= toBytes and finite intercept"
                        + " and slope >= 0, got " + fromBytes + ".." + toBytes + ", " + intercept + ", " + slope);
            }
        }
    }

    /** Checks there is a piece and that they ascend without overlap. */
    public PiecewiseLinear {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a piecewise model needs at least one piece");
        }
        for (int i = 1; i < pieces.size(); i++) {
            if (!(pieces.get(i).fromBytes() > pieces.get(i - 1).toBytes())) {
                throw new IllegalArgumentException("pieces must ascend without overlap: piece " + (i + 1)
                        + " starts at " + pieces.get(i).fromBytes() + " bytes, not after "
                        + pieces.get(i - 1).toBytes());
            }
        }
    }

    /** The model of a segmentation's fitted pieces. */
    public static PiecewiseLinear of(List<Segment> segments) {
        return new PiecewiseLinear(segments.stream()
                .map(s -> new Piece(s.fromBytes(), s.toBytes(), s.alpha(), s.secondsPerByte()))
                .toList());
    }

    /** The piece that {@code bytes} uses. */
    public Piece pieceFor(double bytes) {
        for (Piece p : pieces) {
            if (bytes <= p.toBytes()) {
                return p;
            }
        }
        return pieces.get(pieces.size() - 1);
    }

    /** The predicted time, in seconds, of {@code bytes}. */
    public double seconds(double bytes) {
        Piece p = pieceFor(bytes);
        return p.intercept() + p.slope() * bytes;
    }
}
