package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.hpcsim.models.run.RunObserver;
import org.junit.jupiter.api.Test;

/** BatchJobs stands between the controller and the run's observer: it must pass on every callback. */
class BatchJobsForwardingTest {
    @Test
    void everyObserverCallbackIsForwarded() throws Exception {
        for (Method m : RunObserver.class.getMethods()) {
            Method own = BatchJobs.class.getMethod(m.getName(), m.getParameterTypes());
            assertTrue(own.getDeclaringClass() == BatchJobs.class,
                    "BatchJobs does not forward RunObserver." + m.getName() + ": a new callback would be dropped");
        }
    }
}
