package org.hpcsim.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;

/** Picks a sweep's points: the grid of listed values, or random or Latin hypercube samples. */
public final class SweepDesign {
    /** The most points a sweep may have: each is a simulation, so more is a mistake. */
    static final long MAX_POINTS = 1_000_000;

    private SweepDesign() {}

    /**
     * The value lists of every point, in index order: a grid varies the last parameter fastest;
     * samples come from the named stream {@code sweep.sampling} of {@code seed}.
     */
    static List<List<JsonNode>> values(List<SweepParameter> parameters, Sampling sampling, int samples, long seed) {
        switch (sampling) {
            case GRID:
                return grid(parameters);
            case RANDOM:
                return random(parameters, samples, new RandomStreams(seed).stream("sweep.sampling"));
            case LATIN_HYPERCUBE:
                return latinHypercube(parameters, samples, new RandomStreams(seed).stream("sweep.sampling"));
            default:
                throw new IllegalArgumentException("no sampling " + sampling);
        }
    }

    /** Every combination of the listed values of {@code parameters}, the last varying fastest. */
    public static List<List<JsonNode>> grid(List<SweepParameter> parameters) {
        long count = 1;
        for (SweepParameter p : parameters) {
            if (!p.discrete()) {
                throw new IllegalArgumentException("parameter '" + p.path() + "' is a continuous interval, which a grid"
                        + " cannot enumerate: give range.step or logRange.count, or use sampling: random or"
                        + " latin-hypercube");
            }
            count *= p.levels().size();
            if (count > MAX_POINTS) {
                throw new IllegalArgumentException("the grid has more than " + MAX_POINTS
                        + " points; list fewer values or sample it (sampling: latin-hypercube)");
            }
        }
        List<List<JsonNode>> points = new ArrayList<>();
        int[] at = new int[parameters.size()];
        for (long n = 0; n < count; n++) {
            List<JsonNode> values = new ArrayList<>(at.length);
            for (int d = 0; d < at.length; d++) {
                values.add(parameters.get(d).levels().get(at[d]));
            }
            points.add(values);
            for (int d = at.length - 1; d >= 0; d--) {
                if (++at[d] < parameters.get(d).levels().size()) {
                    break;
                }
                at[d] = 0;
            }
        }
        return points;
    }

    private static List<List<JsonNode>> random(List<SweepParameter> parameters, int samples, RandomStream rng) {
        checkSamples(samples);
        List<List<JsonNode>> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            List<JsonNode> values = new ArrayList<>();
            for (SweepParameter p : parameters) {
                values.add(valueAt(p, rng.nextDouble()));
            }
            points.add(values);
        }
        return points;
    }

    private static List<List<JsonNode>> latinHypercube(List<SweepParameter> parameters, int samples,
                                                       RandomStream rng) {
        checkSamples(samples);
        double[][] u = new double[parameters.size()][];
        for (int d = 0; d < u.length; d++) {
            int[] strata = permutation(samples, rng);
            u[d] = new double[samples];
            for (int i = 0; i < samples; i++) {
                u[d][i] = (strata[i] + rng.nextDouble()) / samples;
            }
        }
        List<List<JsonNode>> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            List<JsonNode> values = new ArrayList<>();
            for (int d = 0; d < u.length; d++) {
                values.add(valueAt(parameters.get(d), u[d][i]));
            }
            points.add(values);
        }
        return points;
    }

    /** The value at {@code u} in [0, 1): a listed value by equal shares, or a point of the interval. */
    private static JsonNode valueAt(SweepParameter p, double u) {
        if (p.discrete()) {
            int n = p.levels().size();
            return p.levels().get(Math.min(n - 1, (int) Math.floor(u * n)));
        }
        return p.sample(u);
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
    private static int[] permutation(int n, RandomStream rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static void checkSamples(int samples) {
        if (samples > MAX_POINTS) {
            throw new IllegalArgumentException("samples: at most " + MAX_POINTS + " points, got " + samples);
        }
    }
}
