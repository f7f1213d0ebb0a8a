package org.hpcsim.scenarios.synthetic;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.hpcsim.scenarios.spec.RuntimeSpec;

/**
 * Turns a runtime distribution of a scenario into a Commons Math distribution drawing from a given
 * generator (job runtimes, and the boot times of dynamic nodes).
 */
public final class RuntimeDistributions {
    private RuntimeDistributions() {}

    /** {@code spec}'s distribution of seconds, drawing from {@code rng}. */
    public static RealDistribution create(RuntimeSpec spec, RandomGenerator rng) {
        double eps = 1e-9; // Commons Math's inverse-CDF accuracy; the default, stated explicitly
        if (spec instanceof RuntimeSpec.LogNormal l) {
            return new LogNormalDistribution(rng, Math.log(l.median()), Math.max(l.sigma(), 1e-12), eps);
        }
        if (spec instanceof RuntimeSpec.Exponential e) {
            return new ExponentialDistribution(rng, e.mean(), eps);
        }
        if (spec instanceof RuntimeSpec.Weibull w) {
            return new WeibullDistribution(rng, w.shape(), w.scale(), eps);
        }
        if (spec instanceof RuntimeSpec.Gamma g) {
            return new GammaDistribution(rng, g.shape(), g.scale(), eps);
        }
        RuntimeSpec.Uniform u = (RuntimeSpec.Uniform) spec;
        return new UniformRealDistribution(rng, u.min(), u.max());
    }
}
