package org.hpcsim.scenarios.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.junit.jupiter.api.Test;

class ReorderingJobSourceTest {

    private static JobSource of(long... submits) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < submits.length; i++) {
            jobs.add(Job.rigid(i + 1, submits[i], 1, 1, 1));
        }
        return listed(jobs);
    }

    private static JobSource listed(List<Job> jobs) {
        return new JobSource() {
            private int next;

            @Override
            public Job next() {
                return next < jobs.size() ? jobs.get(next++) : null;
            }
        };
    }

    private static List<Long> ids(JobSource s) {
        List<Long> ids = new ArrayList<>();
        for (Job j = s.next(); j != null; j = s.next()) {
            ids.add(j.id());
        }
        return ids;
    }

    @Test
    void shouldPutJobsInSubmitOrderKeepingTiesInReadingOrder() {
        ReadReport r = new ReadReport();
        assertEquals(List.of(2L, 4L, 1L, 3L, 5L), ids(new ReorderingJobSource(of(30, 10, 30, 20, 40), 10, r)));
        assertEquals(0, r.dropped());
    }

    @Test
    void shouldPutAnArraysTasksWhereTheArraysIdFallsAmongTiesInIdOrder() {
        // A run's jobs.csv, in completion order: job 9 and array 8's tasks were submitted together.
        // slurmctld created array 8 (its tasks one record) before job 9.
        List<Job> jobs = List.of(Job.rigid(9, 0, 1, 1, 1), Job.rigid(ArrayTaskIds.of(8, 1), 0, 1, 1, 1),
                Job.rigid(10, 0, 1, 1, 1), Job.rigid(ArrayTaskIds.of(8, 0), 0, 1, 1, 1), Job.rigid(7, 0, 1, 1, 1));
        assertEquals(List.of(7L, ArrayTaskIds.of(8, 0), ArrayTaskIds.of(8, 1), 9L, 10L),
                ids(new ReorderingJobSource(listed(jobs), 10, new ReadReport(), true)));
    }

    @Test
    void shouldDropAJobTooLateForItsBoundedBufferAndSayWhy() {
        // With room for 2, job 1 (30) is released when 10 and 30 wait... the late 5 cannot go before them.
        ReadReport r = new ReadReport();
        List<Long> ids = ids(new ReorderingJobSource(of(10, 30, 20, 40, 5, 50), 2, r));
        assertEquals(List.of(1L, 3L, 2L, 4L, 6L), ids);
        assertEquals(1, r.dropped(ReorderingJobSource.TOO_LATE));
    }
}
