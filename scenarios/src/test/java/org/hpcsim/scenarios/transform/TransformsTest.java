package org.hpcsim.scenarios.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.models.workload.ListJobSource;
import org.hpcsim.scenarios.spec.TransformSpec;
import org.hpcsim.scenarios.trace.ReadReport;
import org.junit.jupiter.api.Test;

class TransformsTest {
    private static final HomogeneousCluster CLUSTER = new HomogeneousCluster(10, 1, AllocationUnit.CORE);

    /** Jobs every 100 s from t = 1000 s, 2 processors, 50 s runs asking 60 s; users alternate a, b. */
    private static List<Job> jobs(int n) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JobLabels l = new JobLabels(i % 2 == 0 ? "a" : "b", "", "", i < 5 ? "short" : "long", "", "", "");
            jobs.add(new Job(i + 1, SimTime.seconds(1000 + 100L * i), SimTime.seconds(50), SimTime.seconds(60),
                    i + 1, 0, 0, l, JobHistory.UNKNOWN, -1, -1));
        }
        return jobs;
    }

    private static TransformSpec spec(List<String> users, List<String> partitions, int minP, int maxP, double from,
                                      double to, long skip, long limit, String estimates, double factor,
                                      double loadFactor, double targetLoad) {
        return new TransformSpec(users, partitions, minP, maxP, from, to, skip, limit, estimates, factor, loadFactor,
                targetLoad);
    }

    private static List<Job> apply(TransformSpec spec, ReadReport report) {
        JobSource s = Transforms.apply(() -> new ListJobSource(jobs(10)), spec, CLUSTER, report);
        List<Job> out = new ArrayList<>();
        for (Job j = s.next(); j != null; j = s.next()) {
            out.add(j);
        }
        return out;
    }

    @Test
    void shouldChangeNothingWithTheIdentityTransforms() {
        assertEquals(jobs(10), apply(TransformSpec.NONE, new ReadReport()));
    }

    @Test
    void shouldFilterByUserPartitionAndSizeAndCountWhatItLeftOut() {
        ReadReport r = new ReadReport();
        List<Job> out = apply(spec(List.of("a"), List.of("short"), 2, 0, 0, 0, 0, 0, "recorded", 1, 1, 0), r);
        assertEquals(List.of(3L, 5L), out.stream().map(Job::id).toList());
        assertEquals(5, r.dropped("filtered out by user"));
        assertEquals(2, r.dropped("filtered out by partition"));
        assertEquals(1, r.dropped("filtered out by size"));
    }

    @Test
    void shouldKeepATimeWindowRelativeToTheFirstJobThenSkipAndLimit() {
        ReadReport r = new ReadReport();
        // Window [200 s, 800 s) keeps jobs 3..8; skip 1 and limit 3 keep 4, 5, 6.
        List<Job> out = apply(spec(List.of(), List.of(), 0, 0, 200, 800, 1, 3, "recorded", 1, 1, 0), r);
        assertEquals(List.of(4L, 5L, 6L), out.stream().map(Job::id).toList());
        assertEquals(2, r.dropped("before the time window"));
        assertEquals(1, r.dropped("skipped"));
    }

    @Test
    void shouldReplaceRequestedTimesByTheEstimateModel() {
        assertEquals(SimTime.seconds(50),
                apply(spec(List.of(), List.of(), 0, 0, 0, 0, 0, 0, "exact", 1, 1, 0), new ReadReport()).get(0)
                        .requestedTime());
        assertEquals(SimTime.seconds(125),
                apply(spec(List.of(), List.of(), 0, 0, 0, 0, 0, 0, "factor", 2.5, 1, 0), new ReadReport()).get(0)
                        .requestedTime());
    }

    @Test
    void shouldCompressInterArrivalTimesByTheLoadFactorKeepingRuntimes() {
        List<Job> out = apply(spec(List.of(), List.of(), 0, 0, 0, 0, 0, 0, "recorded", 1, 2, 0), new ReadReport());
        assertEquals(SimTime.seconds(1000), out.get(0).submitTime());
        assertEquals(SimTime.seconds(1050), out.get(1).submitTime());
        assertEquals(SimTime.seconds(1450), out.get(9).submitTime());
        assertEquals(SimTime.seconds(50), out.get(9).runTime());
    }

    @Test
    void shouldMeetATargetOfferedLoad() {
        // Work: sizes 1..10 x 50 s = 2750 processor-seconds over 900 s on 10 cores: load 0.30556.
        double before = OfferedLoad.of(new ListJobSource(jobs(10)), CLUSTER);
        assertEquals(2750.0 / 9000, before, 1e-12);
        List<Job> out = apply(spec(List.of(), List.of(), 0, 0, 0, 0, 0, 0, "recorded", 1, 1, 0.6), new ReadReport());
        assertEquals(0.6, OfferedLoad.of(new ListJobSource(out), CLUSTER), 1e-6);
    }
}
