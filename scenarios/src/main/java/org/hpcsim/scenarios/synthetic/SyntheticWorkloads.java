package org.hpcsim.scenarios.synthetic;

import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.GpuTrainingSpec;
import org.hpcsim.scenarios.spec.LublinSpec;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.transform.MappedJobSource;
import org.hpcsim.scenarios.transform.OfferedLoad;

/**
 * Builds the job source of a synthetic workload model for a cluster. A target load is met by
 * measuring the model's own load on a pilot sample drawn from streams of a derived seed, so the
 * pilot never shifts the workload's own draws.
 */
public final class SyntheticWorkloads {
    private static final int PILOT_JOBS = 20_000;
    /** Mixed into the seed for pilot samples (the golden-ratio constant, an arbitrary odd number). */
    private static final long PILOT_SEED_MIX = 0x9E3779B97F4A7C15L;

    private SyntheticWorkloads() {}

    /** The jobs {@code spec} generates for {@code cluster}, drawing from {@code streams}. */
    public static JobSource create(SyntheticSpec spec, HomogeneousCluster cluster, RandomStreams streams) {
        if (spec instanceof PoissonSpec p) {
            return new PoissonWorkload(p, cluster, streams);
        }
        if (spec instanceof LublinSpec l) {
            return lublin(l, cluster, streams);
        }
        return gpuTraining((GpuTrainingSpec) spec, cluster, streams);
    }

    private static JobSource lublin(LublinSpec spec, HomogeneousCluster cluster, RandomStreams streams) {
        int processors = (int) Math.min(Integer.MAX_VALUE, cluster.totalCores());
        double rate = 1;
        if (spec.load() > 0) {
            JobSource pilot = new LublinFeitelsonWorkload(PILOT_JOBS, processors, pilotStreams(streams));
            rate = spec.load() / OfferedLoad.of(pilot, cluster);
        }
        JobSource jobs = new LublinFeitelsonWorkload(spec.jobs(), processors, rate, streams);
        return spec.maxOverestimate() > 1
                ? new MappedJobSource(jobs, new RandomEstimates(spec.maxOverestimate(), streams.stream("lublin.estimates")))
                : jobs;
    }

    private static JobSource gpuTraining(GpuTrainingSpec spec, HomogeneousCluster cluster, RandomStreams streams) {
        // With core allocation GPUs are not counted (HomogeneousCluster.unitsFor), so the load could not be met.
        if (cluster.totalGpus() == 0 || cluster.unit() != AllocationUnit.NODE) {
            throw new ScenarioException("workload.synthetic: the gpu-training model needs a cluster with GPUs"
                    + " (cluster.gpusPerNode > 0, allocation: node)");
        }
        // GPU-seconds per job from a pilot with a 1 s mean gap; the gap then sets the load.
        JobSource pilot = new GpuTrainingWorkload(PILOT_JOBS, 1, spec.cpusPerGpu(), pilotStreams(streams));
        double gpuSecondsPerJob = 0;
        for (Job j = pilot.next(); j != null; j = pilot.next()) {
            gpuSecondsPerJob += j.gpus() * SimTime.toSeconds(j.runTime());
        }
        gpuSecondsPerJob /= PILOT_JOBS;
        double meanGap = gpuSecondsPerJob / (spec.load() * cluster.totalGpus());
        return new GpuTrainingWorkload(spec.jobs(), meanGap, spec.cpusPerGpu(), streams);
    }

    private static RandomStreams pilotStreams(RandomStreams streams) {
        return new RandomStreams(streams.seed() ^ PILOT_SEED_MIX, streams.replication());
    }
}
