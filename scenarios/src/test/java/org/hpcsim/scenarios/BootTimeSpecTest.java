package org.hpcsim.scenarios;

import static org.hpcsim.scenarios.InlineClusters.cluster;
import static org.hpcsim.scenarios.InlineClusters.echoed;
import static org.hpcsim.scenarios.InlineClusters.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hpcsim.scenarios.spec.BootTimeSpec;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.RuntimeSpec;
import org.junit.jupiter.api.Test;

/** cluster.bootTime as a number or a distribution: reading, one-line errors, the echo. */
class BootTimeSpecTest {
    @Test
    void aNumberIsOneBootTimeForEveryNode() {
        BootTimeSpec b = cluster("{nodes: 1, dynamicNodes: 2, bootTime: 300}").bootTime();
        assertFalse(b.isDrawn());
        assertEquals(300, b.seconds());
    }

    @Test
    void aDistributionIsReadAsARuntimeDistributionIs() {
        assertEquals(BootTimeSpec.drawn(new RuntimeSpec.Uniform(240, 600)),
                cluster("{nodes: 1, dynamicNodes: 2, bootTime: {distribution: uniform, min: 240, max: 600}}").bootTime());
        assertEquals(BootTimeSpec.drawn(new RuntimeSpec.LogNormal(270, 0.3)),
                cluster("{nodes: 1, dynamicNodes: 2, bootTime: {distribution: lognormal, median: 270, sigma: 0.3}}")
                        .bootTime());
    }

    @Test
    void badBootTimesAreOneLineErrorsNamingTheField() {
        assertEquals("cluster.bootTime: must be 0 or more seconds, or a distribution (" + RuntimeSpec.DISTRIBUTIONS
                + "), got -5.0", error("{nodes: 1, dynamicNodes: 2, bootTime: -5}"));
        assertEquals("cluster.bootTime.max: must be above min, got 200.0",
                error("{nodes: 1, dynamicNodes: 2, bootTime: {distribution: uniform, min: 600, max: 200}}"));
        assertEquals("field 'cluster.bootTime.distribution': unknown distribution 'normal' (allowed: "
                        + RuntimeSpec.DISTRIBUTIONS + ")",
                error("{nodes: 1, dynamicNodes: 2, bootTime: {distribution: normal, mean: 270}}"));
        assertEquals("field 'cluster.bootTime.distribution' is required (allowed: " + RuntimeSpec.DISTRIBUTIONS + ")",
                error("{nodes: 1, dynamicNodes: 2, bootTime: {min: 1, max: 2}}"));
        assertTrue(error("{nodes: 1, dynamicNodes: 2, bootTime: slow}").startsWith("field 'cluster.bootTime': expected"),
                error("{nodes: 1, dynamicNodes: 2, bootTime: slow}"));
    }

    @Test
    void theEchoWritesADistributionBackAsItWasGiven() {
        Map<String, Object> c = echoed("{nodes: 1, dynamicNodes: 2, bootTime: {distribution: uniform, min: 240,"
                + " max: 600}}");
        assertEquals(Map.of("distribution", "uniform", "min", 240.0, "max", 600.0), c.get("bootTime"));
        assertEquals(270.0, echoed("{nodes: 1, dynamicNodes: 2}").get("bootTime"));
    }
}
