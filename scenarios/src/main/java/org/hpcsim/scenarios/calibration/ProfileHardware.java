package org.hpcsim.scenarios.calibration;

import java.nio.file.Path;
import org.hpcsim.models.calibration.CalibratedInterconnect;
import org.hpcsim.models.calibration.CalibratedModels;
import org.hpcsim.models.calibration.CalibratedNode;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.StackKind;
import org.hpcsim.scenarios.ScenarioException;

/**
 * A scenario's hardware from a calibration profile file ({@code profile:} of {@code interconnect}
 * or {@code nodeType}); every problem is one line naming the file.
 */
public final class ProfileHardware {
    private ProfileHardware() {}

    /**
     * The interconnect of the point-to-point fit in {@code file} (written {@code path} in the
     * scenario), named {@code name}, its stack labelled {@code kind}.
     */
    public static Interconnect interconnect(Path file, String path, String name, StackKind kind) {
        CalibratedModels m = ProfileReader.read(file);
        if (m.pointToPoint() == null) {
            throw new ScenarioException(file + ": network.pointToPoint: missing; an interconnect needs the"
                    + " point-to-point fit (measure ping-pong latency, e.g. osu_latency, and fit again)");
        }
        try {
            return CalibratedInterconnect.of(name, kind, m.pointToPoint().model(), source(path));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file + ": network.pointToPoint.segments: " + e.getMessage());
        }
    }

    /** {@code base} with the NUMA and GPU figures the profile in {@code file} (written {@code path}) has. */
    public static NodeType nodeType(Path file, String path, NodeType base) {
        CalibratedModels m = ProfileReader.read(file);
        try {
            return CalibratedNode.of(base, m.numa(), m.roofline(), source(path));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file + ": numa: " + e.getMessage());
        }
    }

    private static String source(String path) {
        return "calibration profile " + path;
    }
}
