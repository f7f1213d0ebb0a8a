package org.hpcsim.scenarios.pcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.HardwareSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PclusterNetworkTest {
    // The CFD example's hardware: xeon-2s nodes on InfiniBand HDR.
    private static final HardwareSpec CFD = new ScenarioLoader()
            .load(Path.of("examples", "hardware", "cfd-interconnect.yaml")).hardware();

    @TempDir
    Path tmp;

    private PclusterConfig config(String type, boolean efa, boolean group) throws IOException {
        return PclusterReader.read(Files.writeString(tmp.resolve("c.yaml"), """
                Scheduling:
                  Scheduler: slurm
                  SlurmQueues:
                    - Name: q
                      Networking: {PlacementGroup: {Enabled: %s}}
                      ComputeResources:
                        - {Name: r, InstanceType: %s, MinCount: 2, MaxCount: 2, Efa: {Enabled: %s}}
                """.formatted(group, type, efa)), null, null);
    }

    @Test
    void shouldTakeTheInstanceTypesEfaInAPlacementGroup() {
        List<String> notes = new ArrayList<>();
        HardwareSpec h = PclusterNetwork.apply(CFD, PclusterReader.read(
                Path.of("examples", "pcluster", "c5n-efa-spot.yaml"), null, null), notes);
        assertEquals("efa-c5n", h.interconnect().from());
        assertTrue(h.interconnect().placementGroup());
        assertNull(h.interconnect().latencyUs());
        assertEquals(CFD.nodeType(), h.nodeType());
        assertEquals(CFD.profiles(), h.profiles());
        assertTrue(notes.get(0).endsWith("hardware.interconnect is efa-c5n (Efa.Enabled), in a placement group in"
                + " place of the scenario's"), notes.get(0));
    }

    @Test
    void shouldTakeEnaOverTcpWithoutEfaAndAddTheLatencyOutsideAPlacementGroup() throws IOException {
        HardwareSpec h = PclusterNetwork.apply(CFD, config("p4d.24xlarge", false, false), new ArrayList<>());
        assertEquals(PclusterNetwork.ENA, h.interconnect().from());
        assertFalse(h.interconnect().placementGroup());
        assertEquals("efa-p4d", PclusterNetwork.apply(CFD, config("p4d.24xlarge", true, true), new ArrayList<>())
                .interconnect().from());
        assertEquals("efa-p5", PclusterNetwork.efaOf("p5.48xlarge"));
    }

    @Test
    void shouldKeepTheScenariosInterconnectWhenTheCatalogHasNoEfaForTheType() throws IOException {
        List<String> notes = new ArrayList<>();
        HardwareSpec h = PclusterNetwork.apply(CFD, config("hpc7a.96xlarge", true, false), notes);
        assertEquals("ib-hdr", h.interconnect().from());
        assertFalse(h.interconnect().placementGroup());
        assertTrue(notes.get(0).contains("no EFA figures for it"), notes.get(0));
    }
}
