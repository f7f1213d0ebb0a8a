package org.hpcsim.scenarios.synthetic;

import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Rigid parallel jobs from the Lublin and Feitelson (2003) workload model, with the published
 * parameters of the authors' reference implementation {@code m_lublin99.c} (see
 * {@link LublinParameters} for every value and its source).
 *
 * <p>What is modelled, as the reference does it:
 * <ul>
 *   <li>size: serial with probability SERIAL_PROB; otherwise 2^x with x from a two-stage uniform
 *       on [ULOW, UMED] and [UMED, UHI], rounded to an integer x (a power of two) with
 *       probability POW2_PROB (of all jobs, decided by the same uniform as serial);
 *   <li>runtime: ln(seconds) from a hyper-gamma whose first-gamma probability falls linearly
 *       with the size, p = PA x size + PB, so bigger jobs run longer; redrawn above ln = 12;
 *   <li>arrivals: ln(gap) from a gamma, redrawn above ln = 13, spread over the day by 48
 *       half-hour weights from a second gamma (the daily cycle); time 0 is midnight.
 * </ul>
 *
 * <p>Adaptations: the machine size sets UHI = log2(machineProcessors), as the reference asks
 * ("UHI is the log2 of the system size"), with UMED moved by the same amount
 * ({@link LublinParameters#forMachine}); on a machine that is not a power of two a power-of-two
 * job that would round above it gets the largest power of two that fits. An optional arrival-rate
 * factor divides every gap, to set the offered load. Times are kept exact rather than truncated
 * to seconds at each step as the reference does; submits are then rounded to whole seconds and
 * runtimes are whole seconds of at least 1 (the reference can print 0), so an SWF copy reads back
 * identical.
 *
 * <p>Not modelled: the reference's mix of batch and interactive jobs (INCLUDE_JOBS_TYPE), which
 * runs one arrival process per type and interleaves them; one instance here draws one class, by
 * default {@link LublinParameters#BATCH} (pass {@link LublinParameters#INTERACTIVE} or
 * {@link LublinParameters#ALL_JOBS} for the others). Nor user runtime estimates: the model has
 * none, so requested time equals runtime and estimate models are applied on top; nor users,
 * queues (the reference writes the type as SWF queue), memory or feedback between jobs.
 * Labels are {@code JobLabels.NONE} and history {@code JobHistory.UNKNOWN}.
 *
 * <p>Sizes, runtimes and arrivals each draw from their own named stream ({@code lublin.sizes},
 * {@code lublin.runtimes}, {@code lublin.arrivals}), so changing one leaves the others' draws
 * alone. Jobs are generated lazily, one at a time.
 */
public final class LublinFeitelsonWorkload implements JobSource {
    private final int jobs;
    private final LublinParameters parameters;
    private final double arrivalRateFactor;
    private final LublinJobSizes sizes;
    private final LublinRuntimes runtimes;
    private final DailyCycleArrivals arrivals;
    private int produced;

    /** {@code jobs} batch jobs for a machine of {@code machineProcessors} processors, at the model's own rate. */
    public LublinFeitelsonWorkload(int jobs, int machineProcessors, RandomStreams streams) {
        this(jobs, machineProcessors, 1.0, streams);
    }

    /** As above, with arrivals {@code arrivalRateFactor} times as frequent (2 halves every gap). */
    public LublinFeitelsonWorkload(int jobs, int machineProcessors, double arrivalRateFactor, RandomStreams streams) {
        this(jobs, machineProcessors, arrivalRateFactor, LublinParameters.BATCH, streams);
    }

    /** {@code jobs} jobs of the class {@code parameters} (published for 128 nodes), scaled to the machine. */
    public LublinFeitelsonWorkload(int jobs, int machineProcessors, double arrivalRateFactor,
                                   LublinParameters parameters, RandomStreams streams) {
        if (jobs < 0) {
            throw new IllegalArgumentException("job count must not be negative: " + jobs);
        }
        if (!(arrivalRateFactor > 0 && Double.isFinite(arrivalRateFactor))) {
            throw new IllegalArgumentException("arrival-rate factor must be positive: " + arrivalRateFactor);
        }
        this.jobs = jobs;
        this.parameters = parameters.forMachine(machineProcessors);
        this.arrivalRateFactor = arrivalRateFactor;
        this.sizes = new LublinJobSizes(this.parameters, machineProcessors, streams.stream("lublin.sizes"));
        this.runtimes = new LublinRuntimes(this.parameters, streams.stream("lublin.runtimes"));
        this.arrivals = new DailyCycleArrivals(this.parameters, arrivalRateFactor, streams.stream("lublin.arrivals"));
    }

    /** The parameters in use, already scaled to the machine. */
    public LublinParameters parameters() {
        return parameters;
    }

    /** The model's long-run mean time between arrivals, in seconds, with the rate factor applied. */
    public double meanInterarrivalSeconds() {
        return DailyCycleArrivals.meanGapSeconds(parameters, arrivalRateFactor);
    }

    @Override
    public Job next() {
        if (produced == jobs) {
            return null;
        }
        produced++;
        // Whole seconds, as the reference prints them; rounding keeps the order.
        long submit = SimTime.seconds(Math.round(arrivals.next()));
        int processors = sizes.draw();
        long runTime = SimTime.seconds(runtimes.drawSeconds(processors));
        // The model has no user estimates: the request is the runtime until an estimate model says otherwise.
        return Job.rigid(produced, submit, runTime, runTime, processors);
    }
}
