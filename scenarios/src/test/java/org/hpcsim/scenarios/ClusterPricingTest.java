package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.Pricing;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.PricingSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** A cluster of a cloud instance type and its pricing: what the type fills in, the defaults, and the errors. */
class ClusterPricingTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private ClusterSpec cluster(String cluster) {
        return loader.parse("cluster: " + cluster + "\nworkload: {trace: t.swf}\n", "inline").cluster();
    }

    /** The one-line message for a bad cluster, without the origin in front. */
    private String error(String cluster) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> cluster(cluster));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), "not one line: " + m);
        assertTrue(m.startsWith("inline: "), m);
        return m.substring("inline: ".length());
    }

    @Test
    void shouldTakeTheNodeSizeFromTheInstanceType() {
        ClusterSpec c5n = cluster("{instanceType: c5n.18xlarge, nodes: 8}");
        assertEquals(36, c5n.coresPerNode(), "physical cores: 72 vCPUs with multithreading off");
        assertEquals(0, c5n.gpusPerNode());
        assertEquals("c5n.18xlarge", c5n.instanceType());
        assertEquals(8, cluster("{instanceType: p4d.24xlarge, nodes: 2}").gpusPerNode());
        assertEquals(48, cluster("{instanceType: p4d.24xlarge, nodes: 2}").coresPerNode());
    }

    @Test
    void shouldLetAnExplicitNodeSizeWin() {
        ClusterSpec c = cluster("{instanceType: c5n.18xlarge, nodes: 8, coresPerNode: 72, gpusPerNode: 1}");
        assertEquals(72, c.coresPerNode());
        assertEquals(1, c.gpusPerNode());
    }

    @Test
    void shouldPriceAnInstanceTypeOnDemandAtItsCatalogPriceByDefault() {
        ClusterSpec c = cluster("{instanceType: c5n.18xlarge, nodes: 8}");
        assertEquals(PricingSpec.CATALOG, c.pricing());
        Pricing p = c.pricing().resolve(c.instanceType());
        assertEquals(3.888, p.perNodeHour(), 0);
        assertFalse(p.spot());
        assertNull(cluster("{nodes: 8, coresPerNode: 36}").pricing(), "no instance type, no pricing: no cost");
    }

    @Test
    void shouldNameTheKnownTypesForAnUnknownOne() {
        assertEquals("cluster.instanceType: unknown instance type 'c5n.9xlarge' (known: " + InstanceCatalog.names()
                + ")", error("{instanceType: c5n.9xlarge, nodes: 8}"));
        assertTrue(InstanceCatalog.names().contains("c5n.18xlarge") && InstanceCatalog.names().contains("p5.48xlarge"));
    }

    @Test
    void shouldNeedAPriceWithoutAnInstanceType() {
        assertEquals("cluster.pricing: needs perNodeHour when the cluster names no instanceType",
                error("{nodes: 8, pricing: {capacity: spot}}"));
        ClusterSpec own = cluster("{nodes: 8, coresPerNode: 16, pricing: {perNodeHour: 2.5}}");
        assertEquals(2.5, own.pricing().resolve(own.instanceType()).perNodeHour(), 0);
    }

    @Test
    void shouldAcceptOnDemandWithOrWithoutAHyphen() {
        for (String capacity : new String[] {"on-demand", "ondemand", "On-Demand"}) {
            ClusterSpec c = cluster("{instanceType: c5n.18xlarge, nodes: 1, pricing: {capacity: " + capacity + "}}");
            assertEquals("ondemand", c.pricing().capacity(), capacity);
            assertEquals(3.888, c.pricing().resolve(c.instanceType()).perNodeHour(), 0, capacity);
        }
        assertEquals("cluster.pricing.capacity: unknown capacity 'reserved' (allowed: ondemand, spot)",
                error("{instanceType: c5n.18xlarge, nodes: 1, pricing: {capacity: reserved}}"));
    }

    @Test
    void shouldRejectASpotDiscountOfOneOrMore() {
        assertEquals("cluster.pricing.spotDiscount: must be in [0, 1), got 1.0",
                error("{instanceType: c5n.18xlarge, nodes: 1, pricing: {capacity: spot, spotDiscount: 1}}"));
        assertTrue(error("{instanceType: c5n.18xlarge, nodes: 1, pricing: {capacity: spot, spotDiscount: -0.5}}")
                .startsWith("cluster.pricing.spotDiscount: "));
        assertTrue(error("{instanceType: c5n.18xlarge, nodes: 1, pricing: {perNodeHour: -1}}")
                .startsWith("cluster.pricing.perNodeHour: "));
    }

    @Test
    void shouldTakeSeventyPercentOffForSpotByDefault() {
        ClusterSpec c = cluster("{instanceType: c5n.18xlarge, nodes: 1, pricing: {capacity: spot}}");
        assertEquals(0.7, c.pricing().spotDiscount(), 0);
        Pricing p = c.pricing().resolve(c.instanceType());
        assertEquals(3.888 * 0.3, p.perNodeHour(), 1e-12);
        assertEquals(3.888, p.onDemandPerHour(), 0);
        assertTrue(p.spot());
        ClusterSpec given = cluster("{instanceType: c5n.18xlarge, nodes: 1, pricing: {capacity: spot, spotDiscount: 0.65}}");
        assertEquals(1.3608, given.pricing().resolve(given.instanceType()).perNodeHour(), 1e-12);
    }

    @Test
    void shouldApplyTheSpotDiscountToAnOwnPrice() {
        ClusterSpec c = cluster("{nodes: 4, pricing: {capacity: spot, perNodeHour: 10, spotDiscount: 0.5}}");
        Pricing p = c.pricing().resolve(c.instanceType());
        assertEquals(5.0, p.perNodeHour(), 1e-12);
        assertEquals(10.0, p.onDemandPerHour(), 0);
    }

    @Test
    void shouldReadBackWhatItWrites() throws IOException {
        Scenario s = loader.parse("""
                name: c
                cluster: {instanceType: p4d.24xlarge, nodes: 2, allocation: node, pricing: {capacity: spot, spotDiscount: 0.6}}
                workload: {trace: t.swf}
                """, "inline");
        String yaml = new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s));
        assertEquals(s.cluster(), loader.parse(yaml, "written").cluster(), yaml);
    }

    @Test
    void shouldReadAHeadNodeOfTheCatalogAndRefuseOneOutsideIt() throws Exception {
        assertEquals("c5n.xlarge", cluster("{instanceType: c5n.18xlarge, nodes: 2, headNode: c5n.xlarge}").headNode());
        assertNull(cluster("{instanceType: c5n.18xlarge, nodes: 2}").headNode());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> cluster("{instanceType: c5n.18xlarge, nodes: 2, headNode: t3.micro}"));
        assertTrue(e.getMessage().contains("headNode: unknown instance type 't3.micro' (known: "), e.getMessage());
    }
}
