package org.hpcsim.scenarios.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.junit.jupiter.api.Test;

class ReorderingJobSourceTest {

    private static JobSource of(long... submits) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < submits.length; i++) {
            jobs.add(Job.rigid(i + 1, submits[i], 1, 1, 1));
        }
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
    void shouldDropAJobTooLateForItsBoundedBufferAndSayWhy() {
        // With room for 2, job 1 (30) is released when 10 and 30 wait... the late 5 cannot go before them.
        ReadReport r = new ReadReport();
        List<Long> ids = ids(new ReorderingJobSource(of(10, 30, 20, 40, 5, 50), 2, r));
        assertEquals(List.of(1L, 3L, 2L, 4L, 6L), ids);
        assertEquals(1, r.dropped(ReorderingJobSource.TOO_LATE));
    }
}
