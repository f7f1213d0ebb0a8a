package org.hpcsim.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.hpcsim.models.hardware.HardwareCatalog;
import org.hpcsim.models.hardware.NodeType;
import org.junit.jupiter.api.Test;

/** Node types in scenario files: a catalog name, a catalog entry with overrides, or a whole node. */
class NodeTypeSpecTest {
    // Configured as ScenarioLoader's mapper is, so an unknown key fails here as it does there.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    private static final long GIB = 1L << 30;

    private static NodeType read(String yaml) throws Exception {
        return YAML.readValue(yaml, NodeTypeSpec.class).resolve();
    }

    private static InvalidFieldException error(String yaml) {
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
                () -> YAML.readValue(yaml, NodeTypeSpec.class));
        return (InvalidFieldException) e.getCause();
    }

    @Test
    void shouldReadAPlainNameAsTheCatalogEntry() throws Exception {
        assertEquals(HardwareCatalog.node("p5.48xlarge").orElseThrow(), read("p5.48xlarge"));
        assertEquals(List.of(HardwareCatalog.node("c5n.18xlarge").orElseThrow()),
                YAML.readValue("[c5n.18xlarge]", new TypeReference<List<NodeTypeSpec>>() {}).stream()
                        .map(NodeTypeSpec::resolve).toList());
    }

    @Test
    void shouldOverrideOnlyTheGivenFieldsOfTheBase() throws Exception {
        NodeType base = HardwareCatalog.node("p5.48xlarge").orElseThrow();
        NodeType n = read("{from: p5.48xlarge, name: p5e, gpu: H200-141GB, nicGbps: 1600}");
        assertEquals("p5e", n.name());
        assertEquals("H200-141GB", n.gpu().name());
        assertEquals(8, n.gpus());
        assertEquals(200e9, n.nicBandwidth(), 1);
        assertEquals(base.numa(), n.numa());
        assertEquals(base.flopsPerCore(), n.flopsPerCore());
        assertEquals(base.scratchBytes(), n.scratchBytes());
    }

    @Test
    void shouldKeepTheBaseNameWithoutANewOne() throws Exception {
        assertEquals("c5n.18xlarge", read("{from: c5n.18xlarge, memoryPerDomainGiB: 48}").name());
        assertEquals(96 * GIB, read("{from: c5n.18xlarge, memoryPerDomainGiB: 48}").memoryBytes());
    }

    @Test
    void shouldBuildATenAndTwentyOneMatrixWhenTheDomainsChangeWithoutDistances() throws Exception {
        NodeType n = read("{from: epyc-2s, numaDomains: 4, coresPerDomain: 32}");
        assertEquals(128, n.cores());
        assertArrayEquals(new int[] {21, 21, 10, 21}, n.numa().distances()[2]);
        assertEquals(32, read("{from: epyc-2s, coresPerDomain: 32}").numa().distances()[0][1]);
    }

    @Test
    void shouldReadAWholeNodeInTheFilesUnits() throws Exception {
        NodeType n = read("{name: lab, sockets: 1, coresPerDomain: 16, memoryPerDomainGiB: 64,"
                + " memoryBandwidthPerDomainGBs: 100, numaDistances: [[10]], flopsPerCoreGflops: 50,"
                + " gpu: A100-80GB, gpus: 4, nicGbps: 100, scratchGB: 2000, scratchGBs: 3}");
        assertEquals(16, n.cores());
        assertEquals(64 * GIB, n.memoryBytes());
        assertEquals(100e9, n.memoryBandwidth(), 1);
        assertEquals(800e9, n.cpuFlops(), 1);
        assertEquals(12.5e9, n.nicBandwidth(), 1);
        assertEquals(2e12, n.scratchBytes(), 1);
        assertEquals(3e9, n.scratchBandwidth(), 1);
        assertEquals(4, n.gpus());
    }

    @Test
    void shouldDropTheGpusWhenTheCountIsZero() throws Exception {
        NodeType n = read("{from: p4d.24xlarge, gpus: 0}");
        assertNull(n.gpu());
        assertEquals(0, n.gpus());
    }

    @Test
    void shouldNameTheFieldAndTheKnownNamesForAnUnknownName() {
        InvalidFieldException plain = error("p6.48xlarge");
        assertEquals("from", plain.field());
        assertEquals("unknown node type 'p6.48xlarge' (known: " + HardwareCatalog.nodeNames() + ")",
                plain.getMessage());
        assertEquals("from", error("{from: nope}").field());
        InvalidFieldException gpu = error("{from: p5.48xlarge, gpu: B200}");
        assertEquals("gpu", gpu.field());
        assertTrue(gpu.getMessage().contains("known: A100-40GB, A100-80GB, H100-80GB"), gpu.getMessage());
    }

    @Test
    void shouldNameTheMissingFieldOfAWholeNode() {
        InvalidFieldException e = error("{name: lab, sockets: 2, numaDomains: 2, memoryPerDomainGiB: 64,"
                + " memoryBandwidthPerDomainGBs: 100, flopsPerCoreGflops: 50, nicGbps: 100}");
        assertEquals("coresPerDomain", e.field());
        assertEquals("is required without 'from' (a positive whole number)", e.getMessage());
        assertEquals("name", error("{sockets: 2}").field());
        assertEquals("nicGbps", error("{name: lab, sockets: 1, numaDomains: 1, coresPerDomain: 4,"
                + " memoryPerDomainGiB: 8, memoryBandwidthPerDomainGBs: 10, flopsPerCoreGflops: 10}").field());
    }

    @Test
    void shouldRefuseImpossibleOverrides() {
        assertEquals("gpus", error("{from: c5n.18xlarge, gpu: H100-80GB}").field());
        assertEquals("gpus", error("{from: c5n.18xlarge, gpus: 2}").field());
        assertEquals("coresPerDomain", error("{from: c5n.18xlarge, coresPerDomain: 0}").field());
        assertEquals("nicGbps", error("{from: c5n.18xlarge, nicGbps: -1}").field());
        assertEquals("numaDistances", error("{from: c5n.18xlarge, numaDistances: [[10, 21], [21, 11]]}").field());
        assertEquals("numaDistances", error("{from: c5n.18xlarge, numaDomains: 4, numaDistances: [[10]]}").field());
    }
}
