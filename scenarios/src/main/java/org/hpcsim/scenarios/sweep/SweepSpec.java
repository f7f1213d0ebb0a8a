package org.hpcsim.scenarios.sweep;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * A sweep ready to run: its points, each a validated scenario, and how each replication is seeded.
 *
 * @param origin       the sweep file, as named in messages
 * @param name         the study's name
 * @param baseDir      the folder the base scenario's relative paths (its trace) are resolved against
 * @param parameters   the dimensions
 * @param sampling     how points were picked
 * @param replications runs per point
 * @param seed         the seed replication seeds derive from
 * @param commonSeeds  whether replication r has the same seed at every point
 * @param points       the points, in index order
 * @param fingerprint  a digest of everything that decides the results (the base scenario, every
 *                     point's values, the seeds): results written under another fingerprint belong
 *                     to another study and are not merged
 */
public record SweepSpec(String origin, String name, Path baseDir, List<SweepParameter> parameters, Sampling sampling,
                        int replications, long seed, boolean commonSeeds, List<SweepPoint> points,
                        String fingerprint) {
    /** Copies the lists. */
    public SweepSpec {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
    }

    /** The point with {@code index}. */
    public SweepPoint point(int index) {
        return points.get(index);
    }

    /**
     * The seed of replication {@code replication} of point {@code index}: the sweep seed plus the
     * replication under common seeds (so replication 0 is the base scenario run as it stands), else
     * a stream of its own per point and replication.
     */
    public long seedOf(int index, int replication) {
        if (commonSeeds) {
            return seed + replication;
        }
        return new RandomStreams(seed, replication).stream("sweep.point." + index).nextLong();
    }

    /** The scenario replication {@code replication} of point {@code index} runs. */
    public Scenario scenarioOf(int index, int replication) {
        return point(index).scenario().withSeed(seedOf(index, replication));
    }
}
