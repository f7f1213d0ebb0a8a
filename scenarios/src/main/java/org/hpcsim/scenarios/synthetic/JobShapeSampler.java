package org.hpcsim.scenarios.synthetic;

import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformIntegerDistribution;
import org.apache.commons.math3.distribution.ZipfDistribution;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.random.StreamRandomGenerator;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.spec.SizeSpec;

/**
 * Draws the shape of one synthetic job (size, runtime, requested time), each attribute from its
 * own named stream so that changing one distribution leaves the others' draws alone.
 */
final class JobShapeSampler {
    private final PoissonSpec spec;
    private final int maxProcessors;
    private final RandomStream sizes;
    private final IntegerDistribution chosenSizes; // null: the log-uniform family
    private final RealDistribution runtimes;
    private final RandomStream estimates;

    int processors;
    long runTime;
    long requestedTime;

    JobShapeSampler(PoissonSpec spec, int maxProcessors, RandomStreams streams, String prefix) {
        this.spec = spec;
        this.maxProcessors = maxProcessors;
        this.sizes = streams.stream(prefix + ".sizes");
        this.chosenSizes = spec.size() == null ? null : sizeDistribution(spec.size(), new StreamRandomGenerator(sizes));
        this.runtimes = RuntimeDistributions.create(spec.runtime(),
                new StreamRandomGenerator(streams.stream(prefix + ".runtimes")));
        this.estimates = streams.stream(prefix + ".estimates");
    }

    void draw() {
        processors = drawSize();
        double seconds = runtimes.sample();
        long whole = Math.max(1, Math.min(Math.round(seconds), (long) spec.maxRuntime()));
        runTime = SimTime.seconds(whole);
        double factor = 1 + (spec.maxOverestimate() - 1) * estimates.nextDouble();
        // Users ask for whole minutes.
        long requestedMinutes = (long) Math.ceil(whole * factor / 60.0);
        requestedTime = SimTime.seconds(Math.max(1, requestedMinutes) * 60);
    }

    private static IntegerDistribution sizeDistribution(SizeSpec size, StreamRandomGenerator rng) {
        if (size instanceof SizeSpec.Uniform u) {
            return new UniformIntegerDistribution(rng, u.min(), u.max());
        }
        SizeSpec.Zipf z = (SizeSpec.Zipf) size;
        return new ZipfDistribution(rng, z.max(), z.exponent());
    }

    private int drawSize() {
        if (chosenSizes != null) {
            // A chosen distribution may reach past the machine; such a job is cut to fit.
            return Math.min(chosenSizes.sample(), Math.max(1, maxProcessors));
        }
        if (maxProcessors <= 1 || sizes.nextDouble() < spec.serialFraction()) {
            return 1;
        }
        double maxLog = Math.log(maxProcessors) / Math.log(2);
        double log = 1 + (maxLog - 1) * sizes.nextDouble();
        if (sizes.nextDouble() < spec.powerOfTwoFraction()) {
            log = Math.rint(log);
        }
        return (int) Math.max(2, Math.min(maxProcessors, Math.round(Math.pow(2, log))));
    }
}
