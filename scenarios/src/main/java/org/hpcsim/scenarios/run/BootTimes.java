package org.hpcsim.scenarios.run;

import java.util.Locale;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.BootDistribution;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.scenarios.spec.BootTimeSpec;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.RuntimeSpec;
import org.hpcsim.scenarios.synthetic.RuntimeDistributions;

/** A scenario's {@code cluster.bootTime} as the models take it: a fixed time, or a distribution to draw from. */
final class BootTimes {
    private BootTimes() {}

    /** The fixed boot time in ns, or 0 when boot times are drawn (the models then ignore it). */
    static long fixed(BootTimeSpec spec) {
        return spec.isDrawn() ? 0 : SimTime.ofSeconds(spec.seconds());
    }

    /** The distribution boot times are drawn from, or null when they are fixed. */
    static BootDistribution drawn(BootTimeSpec spec) {
        if (!spec.isDrawn()) {
            return null;
        }
        RuntimeSpec d = spec.distribution();
        return new BootDistribution(describe(spec), rng -> RuntimeDistributions.create(d, rng));
    }

    /** The cluster's launch model, with its boot-time distribution when it has one. */
    static LaunchModel launchModel(ClusterSpec cluster) {
        LaunchModel m = cluster.launchModel();
        return cluster.bootTime().isDrawn() ? m.withBootTimes(drawn(cluster.bootTime())) : m;
    }

    /** The boot time for the user: "270 s" or the distribution and its parameters. */
    static String describe(BootTimeSpec spec) {
        if (!spec.isDrawn()) {
            return fmt(spec.seconds()) + " s";
        }
        RuntimeSpec r = spec.distribution();
        String params;
        if (r instanceof RuntimeSpec.LogNormal l) {
            params = "median " + fmt(l.median()) + " s, sigma " + fmt(l.sigma());
        } else if (r instanceof RuntimeSpec.Exponential e) {
            params = "mean " + fmt(e.mean()) + " s";
        } else if (r instanceof RuntimeSpec.Weibull w) {
            params = "shape " + fmt(w.shape()) + ", scale " + fmt(w.scale()) + " s";
        } else if (r instanceof RuntimeSpec.Gamma g) {
            params = "shape " + fmt(g.shape()) + ", scale " + fmt(g.scale()) + " s";
        } else {
            RuntimeSpec.Uniform u = (RuntimeSpec.Uniform) r;
            params = fmt(u.min()) + " to " + fmt(u.max()) + " s";
        }
        return r.name() + " (" + params + ")";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%g", v);
    }
}
