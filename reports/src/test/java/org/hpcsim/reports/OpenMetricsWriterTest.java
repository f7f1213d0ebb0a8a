package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.junit.jupiter.api.Test;

class OpenMetricsWriterTest {

    private static String render(OpenMetricsWriter w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldGroupEachFamilyInOneBlockWithTimestampsAndEndWithEof() throws IOException {
        OpenMetricsWriter w = new OpenMetricsWriter("c1", 4, 64, 8, 1_700_000_000, 3.5);
        w.accept(new TimeSeriesPoint(0, 600, 32, 4, 2, 3, 5));
        w.accept(new TimeSeriesPoint(600, 600, 64, 8, 4, 0, 7.5));
        String text = render(w);
        assertTrue(text.endsWith("# EOF\n"), text);
        assertTrue(text.contains("# TYPE slurm_cpus_alloc gauge\n# HELP slurm_cpus_alloc "), text);
        assertTrue(text.contains("slurm_cpus_alloc{cluster=\"c1\"} 32 1700000000\nslurm_cpus_alloc{cluster=\"c1\"} 64 "
                + "1700000600\n"), text);
        assertTrue(text.contains("slurm_cpus_idle{cluster=\"c1\"} 32 1700000000\n"), text);
        assertTrue(text.contains("slurm_nodes_idle{cluster=\"c1\"} 2 1700000000\n"), text);
        assertTrue(text.contains("slurm_queue_running{cluster=\"c1\"} 7.5 1700000600\n"), text);
        assertTrue(text.contains("DCGM_FI_DEV_GPU_UTIL{cluster=\"c1\",gpu=\"all\"} 50 1700000000\n"), text);
        // Every family's samples sit together, once.
        List<String> order = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                String name = line.substring(0, line.indexOf('{'));
                if (order.isEmpty() || !order.get(order.size() - 1).equals(name)) {
                    assertFalse(order.contains(name), "family " + name + " split in two blocks");
                    order.add(name);
                }
            }
        }
        assertEquals(11, order.size());
        assertTrue(text.contains("hpcsim_cost_dollars_per_hour{cluster=\"c1\"} 14 1700000000\n"), text);
    }

    @Test
    void shouldLeaveOutGpuFamiliesOnAClusterWithoutGpus() throws IOException {
        OpenMetricsWriter w = new OpenMetricsWriter("cpu-only", 2, 8, 0, 0, 0);
        w.accept(new TimeSeriesPoint(0, 60, 1, 0, 1, 0, 1));
        String text = render(w);
        assertFalse(text.contains("gpu"), text);
        assertFalse(text.contains("DCGM"), text);
        assertFalse(text.contains("cost"), "no price, no cost series: " + text);
    }

    @Test
    void shouldEscapeTheClusterLabel() throws IOException {
        OpenMetricsWriter w = new OpenMetricsWriter("a\"b\\c", 1, 1, 0, 0, 0);
        w.accept(new TimeSeriesPoint(0, 1, 1, 0, 1, 0, 1));
        assertTrue(render(w).contains("{cluster=\"a\\\"b\\\\c\"}"));
    }
}
