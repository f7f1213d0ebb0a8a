package org.hpcsim.scenarios.calibration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.hpcsim.scenarios.spec.InvalidFieldException;

/**
 * The schema of a calibration profile as read back: the predicting parameters strictly (a typo
 * or a missing one is an error), the statistics written beside them for people left aside by name.
 *
 * @param hpcsim   the file kind, {@value ProfileYaml#KIND}
 * @param version  the format version, {@value ProfileYaml#VERSION}
 * @param machine  the machine's description
 * @param sources  the measurement files
 * @param fit      how the fit was made
 * @param network  point-to-point, LogGP and allreduce models
 * @param gpu      GPU roofline and copy models, null when none
 * @param numa     NUMA matrix, null when none
 * @param notes    what was not fitted and why
 */
public record ProfileFile(String hpcsim, Integer version, Map<String, String> machine, List<String> sources,
                          Map<String, Object> fit, Network network, Gpu gpu, Numa numa,
                          List<String> notes) {
    /** Checks the kind and version. */
    public ProfileFile {
        InvalidFieldException.require(ProfileYaml.KIND.equals(hpcsim), "hpcsim", "expected '" + ProfileYaml.KIND
                + "' (a file written by 'hpcsim calibrate fit'), got " + (hpcsim == null ? "nothing" : "'" + hpcsim + "'"));
        InvalidFieldException.require(version != null && version == ProfileYaml.VERSION, "version", "expected "
                + ProfileYaml.VERSION + ", got " + version);
        InvalidFieldException.require(network != null, "network", "missing (it may hold nulls, but must be there)");
    }

    /**
     * The network models.
     *
     * @param pointToPoint piecewise one-way time, null when none
     * @param logGp        LogGP, null when none
     * @param allreduce    allreduce by rank count
     */
    public record Network(Sweep pointToPoint, LogGp logGp, List<Allreduce> allreduce) {
        /** Fills a left-out list. */
        public Network {
            allreduce = allreduce == null ? List.of() : allreduce;
        }
    }

    /**
     * A piecewise model.
     *
     * @param heldOutBytes sizes held out of the fit
     * @param segments     the pieces
     */
    @JsonIgnoreProperties({"model", "source", "breakpointsBytes", "bic", "bicBySegments", "quality"})
    public record Sweep(List<Long> heldOutBytes, List<Piece> segments) {
        /** Checks there are pieces. */
        public Sweep {
            heldOutBytes = heldOutBytes == null ? List.of() : heldOutBytes;
            InvalidFieldException.require(segments != null && !segments.isEmpty(), "segments", "expected at least one");
        }
    }

    /**
     * An allreduce model at one rank count.
     *
     * @param ranks                   the rank count
     * @param reductionSecondsPerByte gamma, null when unknown
     * @param heldOutBytes            sizes held out of the fit
     * @param segments                the pieces
     */
    @JsonIgnoreProperties({"model", "source", "breakpointsBytes", "bic", "bicBySegments", "quality"})
    public record Allreduce(int ranks, Double reductionSecondsPerByte, List<Long> heldOutBytes, List<Piece> segments) {
        /** Checks the rank count and that there are pieces. */
        public Allreduce {
            InvalidFieldException.require(ranks >= 1, "ranks", "expected a rank count >= 1, got " + ranks);
            heldOutBytes = heldOutBytes == null ? List.of() : heldOutBytes;
            InvalidFieldException.require(segments != null && !segments.isEmpty(), "segments", "expected at least one");
        }
    }

    /**
     * One piece: time = alphaSeconds + bytes x secondsPerByte over fromBytes..toBytes.
     *
     * @param fromBytes      first measured size
     * @param toBytes        last measured size
     * @param alphaSeconds   time of an empty message
     * @param secondsPerByte time per byte
     */
    @JsonIgnoreProperties({"alphaInterval", "secondsPerByteInterval", "bandwidthBytesPerSecond", "bandwidthInterval",
            "fitted", "quality"})
    public record Piece(Long fromBytes, Long toBytes, Double alphaSeconds, Double secondsPerByte) {
        /** Checks every figure is there and in range. */
        public Piece {
            InvalidFieldException.require(fromBytes != null && fromBytes >= 0, "fromBytes", "expected bytes >= 0, got "
                    + fromBytes);
            InvalidFieldException.require(toBytes != null && toBytes >= fromBytes, "toBytes", "expected bytes >= fromBytes,"
                    + " got " + toBytes);
            InvalidFieldException.require(alphaSeconds != null && alphaSeconds >= 0, "alphaSeconds",
                    "expected seconds >= 0, got " + alphaSeconds);
            InvalidFieldException.require(secondsPerByte != null && secondsPerByte >= 0, "secondsPerByte",
                    "expected seconds >= 0, got " + secondsPerByte);
        }
    }

    /**
     * LogGP parameters.
     *
     * @param latencySeconds        L + 2o
     * @param gapPerByteSeconds     G
     * @param gapSeconds            g, null without bandwidth measurements
     * @param rendezvousBytes       the handshake's threshold, 0 for none
     * @param heldOutBandwidthBytes bandwidth sizes held out of the fit
     */
    @JsonIgnoreProperties({"model", "latencyInterval", "gapPerByteInterval", "gapInterval", "bic", "latencyQuality",
            "bandwidthQuality"})
    public record LogGp(Double latencySeconds, Double gapPerByteSeconds, Double gapSeconds, Long rendezvousBytes,
                        List<Long> heldOutBandwidthBytes) {
        /** Checks the figures. */
        public LogGp {
            InvalidFieldException.require(latencySeconds != null && latencySeconds > 0, "latencySeconds",
                    "expected seconds > 0, got " + latencySeconds);
            InvalidFieldException.require(gapPerByteSeconds != null && gapPerByteSeconds > 0, "gapPerByteSeconds",
                    "expected seconds > 0, got " + gapPerByteSeconds);
            InvalidFieldException.require(gapSeconds == null || gapSeconds > 0, "gapSeconds",
                    "expected seconds > 0 or null, got " + gapSeconds);
            InvalidFieldException.require(rendezvousBytes != null && rendezvousBytes >= 0, "rendezvousBytes",
                    "expected bytes >= 0 (0: no switch), got " + rendezvousBytes);
            heldOutBandwidthBytes = heldOutBandwidthBytes == null ? List.of() : heldOutBandwidthBytes;
        }
    }

    /**
     * GPU models.
     *
     * @param roofline     achieved roofline, null when none
     * @param hostToDevice copy model host to device, null when none
     * @param deviceToHost copy model device to host, null when none
     */
    public record Gpu(Roofline roofline, Sweep hostToDevice, Sweep deviceToHost) {}

    /**
     * The NUMA matrix.
     *
     * @param nodes                   the NUMA node numbers, ascending
     * @param bandwidthBytesPerSecond triad bandwidth, row the CPU's node, column the memory's; null unmeasured
     * @param distances               the numactl -H distances, empty when unknown
     */
    @JsonIgnoreProperties({"relativeToLocal", "meanRemoteRatio"})
    public record Numa(List<Integer> nodes, List<List<Double>> bandwidthBytesPerSecond, List<List<Integer>> distances) {
        /** Checks the matrix is square over the nodes with positive bandwidths, and the distances too when given. */
        public Numa {
            InvalidFieldException.require(nodes != null && !nodes.isEmpty(), "nodes", "expected at least one node");
            InvalidFieldException.require(bandwidthBytesPerSecond != null
                            && square(bandwidthBytesPerSecond, nodes.size())
                            && bandwidthBytesPerSecond.stream().flatMap(List::stream).allMatch(b -> b == null || b > 0),
                    "bandwidthBytesPerSecond", "expected " + nodes.size() + " rows of " + nodes.size()
                            + " bytes/s > 0 or null (one per node)");
            distances = distances == null ? List.of() : distances;
            InvalidFieldException.require(distances.isEmpty() || (square(distances, distances.size())
                            && distances.stream().flatMap(List::stream).allMatch(d -> d != null && d >= 10)),
                    "distances", "expected a square matrix of numactl -H distances (10 or more)");
        }

        private static boolean square(List<? extends List<?>> rows, int n) {
            return rows.size() == n && rows.stream().allMatch(r -> r != null && r.size() == n);
        }
    }

    /**
     * The achieved roofline.
     *
     * @param memoryBandwidthBytesPerSecond best streaming bandwidth
     * @param computeFlopsPerSecond         best compute rate, null when no compute kernel ran
     */
    @JsonIgnoreProperties({"memoryKernel", "computeKernel", "tiledGemmSpeedup", "kernels"})
    public record Roofline(Double memoryBandwidthBytesPerSecond, Double computeFlopsPerSecond) {
        /** Checks the figures. */
        public Roofline {
            InvalidFieldException.require(memoryBandwidthBytesPerSecond != null && memoryBandwidthBytesPerSecond > 0,
                    "memoryBandwidthBytesPerSecond", "expected bytes/s > 0, got " + memoryBandwidthBytesPerSecond);
            InvalidFieldException.require(computeFlopsPerSecond == null || computeFlopsPerSecond > 0,
                    "computeFlopsPerSecond", "expected FLOP/s > 0 or null, got " + computeFlopsPerSecond);
        }
    }
}
