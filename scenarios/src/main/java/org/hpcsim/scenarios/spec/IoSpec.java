package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.hpcsim.models.perf.Io;

/**
 * What a profiled job reads before and writes after its iterations ({@code io:} of a profile), in
 * GB (10^9 bytes), on the shared file system or node-local scratch.
 *
 * @param readGB  GB the whole job reads
 * @param writeGB GB the whole job writes
 * @param scratch true for node-local scratch
 */
public record IoSpec(double readGB, double writeGB, boolean scratch) {
    /** Validates the volumes. */
    public IoSpec {
        InvalidFieldException.require(readGB >= 0 && Double.isFinite(readGB), "readGB",
                "must be 0 or more GB, got " + readGB);
        InvalidFieldException.require(writeGB >= 0 && Double.isFinite(writeGB), "writeGB",
                "must be 0 or more GB, got " + writeGB);
    }

    /** The model's I/O. */
    public Io io() {
        return new Io(readGB * 1e9, writeGB * 1e9, scratch);
    }

    @JsonCreator
    static IoSpec fromFile(@JsonProperty("readGB") Double readGB, @JsonProperty("writeGB") Double writeGB,
                           @JsonProperty("target") String target) {
        String t = target == null ? "shared" : target.toLowerCase(Locale.ROOT);
        InvalidFieldException.require(t.equals("shared") || t.equals("scratch"), "target",
                "must be shared (the parallel file system) or scratch (node-local), got '" + target + "'");
        return new IoSpec(readGB == null ? 0 : readGB, writeGB == null ? 0 : writeGB, t.equals("scratch"));
    }
}
