package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.junit.jupiter.api.Test;

class PrefetchingJobSourceTest {

    /** Yields {@code count} jobs, then fails with {@code error} if it is not null. */
    private static JobSource source(int count, RuntimeException error) {
        return new JobSource() {
            private int produced;

            @Override
            public Job next() {
                if (produced == count) {
                    if (error != null) {
                        throw error;
                    }
                    return null;
                }
                produced++;
                return Job.rigid(produced, produced, 1, 1, 1);
            }
        };
    }

    @Test
    void shouldYieldEveryJobInOrderAcrossManyBatches() {
        List<Long> ids = new ArrayList<>();
        try (PrefetchingJobSource s = new PrefetchingJobSource(source(10_000, null), "test")) {
            for (Job j = s.next(); j != null; j = s.next()) {
                ids.add(j.id());
            }
            assertNull(s.next());
        }
        assertEquals(10_000, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i + 1, ids.get(i));
        }
    }

    @Test
    void shouldHandOverTheJobsReadBeforeAnErrorAndThenTheError() {
        IllegalStateException boom = new IllegalStateException("trace.swf:5002: bad line");
        int delivered = 0;
        try (PrefetchingJobSource s = new PrefetchingJobSource(source(5000, boom), "test")) {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
                while (s.next() != null) {
                    // consume
                }
            });
            assertSame(boom, thrown);
        }
        try (PrefetchingJobSource s = new PrefetchingJobSource(source(5000, boom), "test")) {
            try {
                while (s.next() != null) {
                    delivered++;
                }
            } catch (IllegalStateException expected) {
                // the error comes after every job read before it
            }
        }
        assertEquals(5000, delivered);
    }

    @Test
    void shouldCloseEvenWhenTheCallerStopsEarly() {
        PrefetchingJobSource s = new PrefetchingJobSource(source(1_000_000, null), "test");
        s.next();
        s.close(); // must not hang on the reader thread blocked on a full hand-off
    }
}
