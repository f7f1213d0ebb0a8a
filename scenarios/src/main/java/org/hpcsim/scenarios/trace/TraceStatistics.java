package org.hpcsim.scenarios.trace;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.LongSamples;
import org.hpcsim.models.workload.Job;

/**
 * What a workload looks like: how many jobs over what span, how many users, the distributions of
 * size, runtime and requested time, and the load it offers a machine. Fed one job at a time.
 */
public final class TraceStatistics {
    private final LongSamples sizes = new LongSamples();
    private final LongSamples runtimes = new LongSamples();
    private final LongSamples requested = new LongSamples();
    private final Set<String> users = new HashSet<>();
    private final long[] sizeClasses = new long[32];
    private long jobs;
    private long gpuJobs;
    private long serial;
    private long powersOfTwo;
    private long first = -1;
    private long last;
    private double coreSeconds;

    /** Counts one job. */
    public void add(Job j) {
        jobs++;
        if (first < 0) {
            first = j.submitTime();
        }
        first = Math.min(first, j.submitTime());
        last = Math.max(last, j.submitTime());
        int p = j.processors();
        sizes.add(p);
        runtimes.add(j.runTime());
        requested.add(j.requestedTime());
        users.add(j.labels().user());
        if (p == 1) {
            serial++;
        } else if (Integer.bitCount(p) == 1) {
            powersOfTwo++;
        }
        sizeClasses[32 - Integer.numberOfLeadingZeros(p - 1)]++;
        if (j.gpus() > 0) {
            gpuJobs++;
        }
        coreSeconds += (double) p * SimTime.toSeconds(j.runTime());
    }

    /** Jobs counted. */
    public long jobs() {
        return jobs;
    }

    /** Seconds from the first to the last submission. */
    public double spanSeconds() {
        return jobs == 0 ? 0 : SimTime.toSeconds(last - first);
    }

    /**
     * Offered load on a machine of {@code processors} processors: the processor-seconds the jobs
     * ask for over the machine's processor-seconds from the first to the last submission.
     */
    public double offeredLoad(long processors) {
        double span = spanSeconds();
        return span <= 0 || processors <= 0 ? Double.NaN : coreSeconds / (processors * span);
    }

    /** The statistics as ordered maps, for printing or JSON; times in seconds. */
    public Map<String, Object> toMap(long processors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobs", jobs);
        m.put("spanSeconds", spanSeconds());
        m.put("users", users.contains("") ? users.size() - 1 : users.size());
        m.put("serialFraction", jobs == 0 ? 0.0 : (double) serial / jobs);
        m.put("powerOfTwoFraction", jobs == serial ? 0.0 : (double) powersOfTwo / (jobs - serial));
        m.put("gpuJobs", gpuJobs);
        m.put("processors", distribution(sizes, 1));
        m.put("runtimeSeconds", distribution(runtimes, SimTime.SECOND));
        m.put("requestedSeconds", distribution(requested, SimTime.SECOND));
        Map<String, Long> classes = new LinkedHashMap<>();
        for (int c = 0; c < sizeClasses.length; c++) {
            if (sizeClasses[c] > 0) {
                long hi = 1L << c;
                long lo = c == 0 ? 1 : (hi >> 1) + 1;
                classes.put(lo == hi ? Long.toString(hi) : lo + "-" + hi, sizeClasses[c]);
            }
        }
        m.put("sizeClasses", classes);
        if (processors > 0) {
            m.put("machineProcessors", processors);
            m.put("offeredLoad", offeredLoad(processors));
        }
        return m;
    }

    private static Map<String, Object> distribution(LongSamples s, long unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.count() == 0) {
            return m;
        }
        m.put("min", s.percentile(0) / unit);
        m.put("median", s.percentile(50) / unit);
        m.put("mean", s.mean() / unit);
        m.put("p95", s.percentile(95) / unit);
        m.put("max", s.percentile(100) / unit);
        return m;
    }
}
