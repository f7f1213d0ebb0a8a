package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example in examples/slurm-cpus-for-gpus end to end: with MaxCPUsPerNode=24 the cpu
 * partition never holds more than 24 CPUs of a node, and GPU jobs wait less than without it while
 * CPU jobs wait more.
 */
class CpusForGpusRunTest {
    private static final Path EXAMPLE = Path.of("examples/slurm-cpus-for-gpus");

    @TempDir
    Path dir;

    private List<JobOutcome> run(String confFrom, String confTo) throws Exception {
        Files.writeString(dir.resolve("slurm.conf"),
                Files.readString(EXAMPLE.resolve("slurm.conf")).replace(confFrom, confTo));
        for (String f : List.of("jobs.csv", "scenario.yaml")) {
            Files.copy(EXAMPLE.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        List<JobOutcome> outcomes = new ArrayList<>();
        ScenarioRunner.run(new ScenarioLoader().load(dir.resolve("scenario.yaml")), dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        }));
        return outcomes;
    }

    /** The most CPUs of any one node that jobs of {@code partition} held at once. */
    private static int mostCpusOnANode(List<JobOutcome> outcomes, String partition) {
        int most = 0;
        for (JobOutcome at : outcomes) {
            int[] held = new int[8];
            for (JobOutcome o : outcomes) {
                if (o.partition().equals(partition) && o.startTime() <= at.startTime()
                        && at.startTime() < o.endTime()) {
                    for (int k = 0; k < o.nodes().nodes().length; k++) {
                        held[o.nodes().nodes()[k]] += o.nodes().cpus()[k];
                    }
                }
            }
            for (int h : held) {
                most = Math.max(most, h);
            }
        }
        return most;
    }

    private static double meanWaitMinutes(List<JobOutcome> outcomes, String partition) {
        return outcomes.stream().filter(o -> o.partition().equals(partition))
                .mapToLong(JobOutcome::waitTime).average().orElseThrow() / 60e9;
    }

    @Test
    void shouldKeepCpusForGpuJobsOnlyWhileThePartitionSetsMaxCpusPerNode() throws Exception {
        List<JobOutcome> capped = run("", "");
        List<JobOutcome> free = run(" MaxCPUsPerNode=24", "");
        assertEquals(420, capped.size());
        assertEquals(24, mostCpusOnANode(capped, "cpu"));
        assertEquals(32, mostCpusOnANode(free, "cpu"), "without the limit CPU work fills whole nodes");
        double gpuCapped = meanWaitMinutes(capped, "gpu");
        double gpuFree = meanWaitMinutes(free, "gpu");
        assertTrue(gpuCapped < gpuFree / 2, "GPU jobs wait " + gpuCapped + " min with the limit, " + gpuFree + " without");
        assertTrue(meanWaitMinutes(capped, "cpu") > meanWaitMinutes(free, "cpu"), "CPU jobs pay for it");
    }
}
