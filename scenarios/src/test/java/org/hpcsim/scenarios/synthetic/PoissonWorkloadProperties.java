package org.hpcsim.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.spec.PoissonSpec;

/** Every job the generator makes is well formed, whatever the parameters, cluster and seed. */
class PoissonWorkloadProperties {

    /** A generator's parameters with the cluster and seed it runs with. */
    record Case(PoissonSpec spec, HomogeneousCluster cluster, long seed) {
        @Override
        public String toString() {
            return spec + " on " + cluster.nodes() + " x " + cluster.coresPerNode() + " " + cluster.unit()
                    + ", seed " + seed;
        }
    }

    @Property(tries = 60)
    void shouldMakeWellFormedJobsInSubmitOrder(@ForAll("cases") Case c) {
        PoissonSpec spec = c.spec();
        int maxProcessors = spec.maxProcessors() > 0
                ? (int) Math.min(spec.maxProcessors(), c.cluster().totalCores())
                : (int) Math.max(1, c.cluster().totalCores() / 8);
        List<Job> jobs = PoissonWorkloadTest.jobs(spec, c.cluster(), c.seed());
        assertEquals(spec.jobs(), jobs.size());
        long previous = 0;
        for (Job j : jobs) {
            String job = "job " + j.id() + " " + j;
            assertTrue(j.submitTime() >= previous, job + ": submitted before the job ahead of it");
            previous = j.submitTime();
            assertTrue(j.processors() >= 1 && j.processors() <= maxProcessors,
                    job + ": processors outside [1, " + maxProcessors + "]");
            assertTrue(j.runTime() >= SimTime.SECOND, job + ": runs under a second");
            assertEquals(0, j.runTime() % SimTime.SECOND, job + ": runtime not whole seconds");
            assertTrue(j.runTime() <= SimTime.ofSeconds(spec.maxRuntime()), job + ": runs past maxRuntime");
            assertTrue(j.requestedTime() >= j.runTime(), job + ": requests less than it runs");
            assertEquals(0, j.requestedTime() % SimTime.MINUTE, job + ": request not whole minutes");
            assertTrue(j.requestedTime() <= Math.ceil(SimTime.toSeconds(j.runTime()) * spec.maxOverestimate() * (1 + 1e-12) / 60)
                            * SimTime.MINUTE, job + ": requests more than maxOverestimate allows");
        }
    }

    @Property(tries = 30)
    void shouldRepeatItselfForTheSameSeed(@ForAll("cases") Case c) {
        assertEquals(PoissonWorkloadTest.jobs(c.spec(), c.cluster(), c.seed()),
                PoissonWorkloadTest.jobs(c.spec(), c.cluster(), c.seed()));
    }

    @Provide
    Arbitrary<Case> cases() {
        return Builders.withBuilder(CaseBuilder::new)
                .use(Arbitraries.integers().between(1, 400)).inSetter((b, v) -> b.jobs = v)
                .use(Arbitraries.doubles().between(0.01, 10)).inSetter((b, v) -> b.load = v)
                .use(Arbitraries.doubles().between(0, 1)).inSetter((b, v) -> b.serial = v)
                .use(Arbitraries.doubles().between(0, 1)).inSetter((b, v) -> b.pow2 = v)
                .use(Arbitraries.integers().between(0, 5000)).inSetter((b, v) -> b.maxProcs = v)
                .use(Arbitraries.doubles().between(1, 100_000)).inSetter((b, v) -> b.median = v)
                .use(Arbitraries.doubles().between(0, 4)).inSetter((b, v) -> b.sigma = v)
                .use(Arbitraries.doubles().between(1, 1000)).inSetter((b, v) -> b.maxFactor = v)
                .use(Arbitraries.doubles().between(1, 20)).inSetter((b, v) -> b.overestimate = v)
                .use(Arbitraries.integers().between(1, 300)).inSetter((b, v) -> b.nodes = v)
                .use(Arbitraries.integers().between(1, 64)).inSetter((b, v) -> b.cores = v)
                .use(Arbitraries.of(AllocationUnit.class)).inSetter((b, v) -> b.unit = v)
                .use(Arbitraries.longs()).inSetter((b, v) -> b.seed = v)
                .build(CaseBuilder::build);
    }

    /** Collects a case; maxRuntime is drawn as a factor of the median, as the spec requires. */
    static final class CaseBuilder {
        int jobs;
        double load;
        double serial;
        double pow2;
        int maxProcs;
        double median;
        double sigma;
        double maxFactor;
        double overestimate;
        int nodes;
        int cores;
        AllocationUnit unit;
        long seed;

        Case build() {
            PoissonSpec spec = new PoissonSpec(jobs, load, serial, pow2, maxProcs, median, sigma,
                    median * maxFactor, overestimate);
            return new Case(spec, new HomogeneousCluster(nodes, cores, unit), seed);
        }
    }
}
