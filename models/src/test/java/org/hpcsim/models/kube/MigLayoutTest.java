package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.hardware.HardwareCatalog;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/** MIG layouts as the device plugin advertises them, and pods asking for slices. */
class MigLayoutTest {
    private final GpuModel a100 = HardwareCatalog.gpu("A100-80GB").orElseThrow();

    @Test
    void shouldAdvertiseEachProfileUnderMixedAndSlicesAsGpusUnderSingle() {
        MigLayout mixed = new MigLayout(MigLayout.Strategy.MIXED, Map.of("3g.40gb", 1, "2g.20gb", 1, "1g.10gb", 2));
        mixed.validateFor(a100); // 3 + 2 + 2 compute, 4 + 2 + 2 memory slices
        assertEquals(Map.of("nvidia.com/mig-3g.40gb", 8L, "nvidia.com/mig-2g.20gb", 8L, "nvidia.com/mig-1g.10gb", 16L),
                mixed.resources(8));
        MigLayout single = new MigLayout(MigLayout.Strategy.SINGLE, Map.of("1g.10gb", 7));
        single.validateFor(a100);
        assertEquals(Map.of("nvidia.com/gpu", 28L), single.resources(4));
    }

    @Test
    void shouldRefuseLayoutsNoGpuHolds() {
        assertThrows(IllegalArgumentException.class,
                () -> new MigLayout(MigLayout.Strategy.MIXED, Map.of("1g.10gb", 8)).validateFor(a100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MigLayout(MigLayout.Strategy.MIXED, Map.of("1g.20gb", 4, "1g.10gb", 1)).validateFor(a100));
        assertTrue(e.getMessage().contains("9 memory"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new MigLayout(MigLayout.Strategy.MIXED, Map.of("1g.5gb", 7)).validateFor(a100));
        assertThrows(IllegalArgumentException.class,
                () -> new MigLayout(MigLayout.Strategy.SINGLE, Map.of("1g.10gb", 1, "2g.20gb", 1)));
    }

    @Test
    void shouldRequestAJobsGpusAsSlicesOfTheTemplatesResource() {
        ResourceNames names = new ResourceNames();
        int gpu = names.indexOf(PodTemplate.GPU);
        PodTemplate t = PodTemplate.podPerTask().withGpuResource("nvidia.com/mig-1g.10gb").resolve(names);
        int mig = names.find("nvidia.com/mig-1g.10gb");
        Job job = new Job(1, 0, 100, 200, 2, 1, 2, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
        PodSpec[] pods = t.pods(job, 8000, gpu, names.size());
        assertEquals(2, pods.length);
        for (PodSpec p : pods) {
            assertEquals(1, p.requests()[mig]);
            assertEquals(0, p.requests()[gpu]);
        }
        // The default name is no override: written and read back, the templates stay equal.
        assertEquals(PodTemplate.podPerTask(), PodTemplate.podPerTask().withGpuResource(PodTemplate.GPU));
    }
}
