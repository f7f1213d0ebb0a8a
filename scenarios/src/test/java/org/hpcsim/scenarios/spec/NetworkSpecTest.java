package org.hpcsim.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.hpcsim.models.network.FatTree;
import org.hpcsim.models.network.FlatSwitch;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.InterconnectCatalog;
import org.hpcsim.models.network.StackKind;
import org.junit.jupiter.api.Test;

class NetworkSpecTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static <T> T read(String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (Exception e) {
            throw new AssertionError("did not load: " + yaml, e);
        }
    }

    // Jackson wraps what a creator throws; the loader unwraps it the same way.
    private static InvalidFieldException failure(String yaml, Class<?> type) {
        try {
            YAML.readValue(yaml, type);
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidFieldException f) {
                    return f;
                }
            }
            throw new AssertionError("failed without naming a field: " + yaml, e);
        }
        return fail("loaded but should not have: " + yaml);
    }

    @Test
    void shouldTakeAPlainCatalogName() {
        assertEquals(InterconnectCatalog.find("ib-hdr").orElseThrow(), read("ib-hdr", InterconnectSpec.class).resolve());
    }

    @Test
    void shouldReplaceTheFiguresAMapGives() {
        Interconnect i = read("{from: efa-c5n, latencyUs: 12, bandwidthGbps: 200, eagerThresholdBytes: 16384,"
                + " stack: kernel-tcp, placementGroup: false}", InterconnectSpec.class).resolve();
        // 12 us given, plus 15 us outside the placement group; 200 Gb/s = 25e9 B/s.
        assertEquals(27e-6, i.latency(), 1e-15);
        assertEquals(25e9, i.bandwidth());
        assertEquals(16384, i.eagerThreshold());
        assertEquals(StackKind.KERNEL_TCP, i.stack().kind());
        assertEquals("efa-c5n", i.name());
    }

    @Test
    void shouldKeepTheCatalogsFiguresAMapLeavesOut() {
        assertEquals(InterconnectCatalog.find("roce-100g").orElseThrow(),
                read("{from: roce-100g}", InterconnectSpec.class).resolve());
    }

    @Test
    void shouldListTheKnownInterconnectsForAnUnknownName() {
        InvalidFieldException e = failure("myrinet", InterconnectSpec.class);
        assertEquals("from", e.field());
        assertTrue(e.getMessage().contains("ib-hdr") && e.getMessage().contains("efa-p5"), e.getMessage());
        assertEquals("from", failure("{latencyUs: 3}", InterconnectSpec.class).field());
    }

    @Test
    void shouldNameTheAllowedStacksAndFigures() {
        InvalidFieldException e = failure("{from: ib-hdr, stack: sockets}", InterconnectSpec.class);
        assertEquals("stack", e.field());
        assertTrue(e.getMessage().contains("kernel-bypass, kernel-tcp"), e.getMessage());
        assertEquals("bandwidthGbps", failure("{from: ib-hdr, bandwidthGbps: 0}", InterconnectSpec.class).field());
        assertEquals("latencyUs", failure("{from: ib-hdr, latencyUs: -1}", InterconnectSpec.class).field());
    }

    @Test
    void shouldBuildATwoLevelFatTreeWithDefaults() {
        TopologySpec t = read("{kind: fat-tree, nodesPerLeaf: 4}", TopologySpec.class);
        // Two levels, non-blocking, 130 ns a hop, the interconnect's bandwidth on each link.
        assertEquals(new FatTree(10, 4, 2, 0, 1, 25e9, 130e-9), t.resolve(10, 25e9));
    }

    @Test
    void shouldBuildAThreeLevelFatTreeAsGiven() {
        TopologySpec t = read("{kind: fat-tree, nodesPerLeaf: 4, levels: 3, leavesPerPod: 2, oversubscription: 2,"
                + " switchLatencyNs: 100, linkGbps: 100}", TopologySpec.class);
        assertEquals(new FatTree(22, 4, 3, 2, 2, 12.5e9, 100e-9), t.resolve(22, 25e9));
    }

    @Test
    void shouldBuildAFlatSwitch() {
        assertEquals(new FlatSwitch(7, 130e-9), read("{kind: flat}", TopologySpec.class).resolve(7, 25e9));
    }

    @Test
    void shouldNameWhatATopologyLacksOrCannotHave() {
        assertEquals("nodesPerLeaf", failure("{kind: flat, nodesPerLeaf: 4}", TopologySpec.class).field());
        assertEquals("nodesPerLeaf", failure("{kind: fat-tree}", TopologySpec.class).field());
        assertEquals("leavesPerPod", failure("{kind: fat-tree, nodesPerLeaf: 4, levels: 3}", TopologySpec.class).field());
        assertEquals("levels", failure("{kind: fat-tree, nodesPerLeaf: 4, levels: 4}", TopologySpec.class).field());
        assertEquals("oversubscription",
                failure("{kind: fat-tree, nodesPerLeaf: 4, oversubscription: 0.5}", TopologySpec.class).field());
        InvalidFieldException e = failure("{kind: torus}", TopologySpec.class);
        assertEquals("kind", e.field());
        assertTrue(e.getMessage().contains("fat-tree, flat"), e.getMessage());
    }

    @Test
    void shouldRejectAnInterconnectSpecBuiltInCodeWithAnUnknownName() {
        assertThrows(InvalidFieldException.class, () -> InterconnectSpec.named("nope"));
    }
}
