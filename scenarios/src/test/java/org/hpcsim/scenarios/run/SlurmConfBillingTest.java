package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.models.slurm.BillingWeights;
import org.hpcsim.models.slurm.BillingWeights.Combine;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slurm.conf's TRESBillingWeights and PriorityFlags become each partition's billing weights. */
class SlurmConfBillingTest {
    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private BillingWeights billing(String flags, String weights) throws IOException {
        String text = "GresTypes=gpu\nNodeName=n[1-2] CPUs=8 Gres=gpu:a100:2\n" + flags + "\n"
                + "PartitionName=p Nodes=ALL Default=YES " + weights + "\n";
        SlurmConfig c = SlurmConfMapping.of(SlurmConfReader.read(Files.writeString(dir.resolve("slurm.conf"), text)),
                notes);
        return c.partitions().get(0).billing();
    }

    private static BillingWeights weights(Combine combine, double cpu, double memPerMb, double node, double gpu,
                                          Map<String, Double> types) {
        return new BillingWeights(combine, cpu, memPerMb, node, gpu, new TreeMap<>(types));
    }

    @Test
    void shouldReadTheManPagesExampleWithItsUnits() throws IOException {
        assertEquals(weights(Combine.SUM, 1.0, 0.25 / 1024, 0, 2.0, Map.of()),
                billing("", "TRESBillingWeights=\"CPU=1.0,Mem=0.25G,GRES/gpu=2.0\""));
        assertEquals(List.of(), notes);
    }

    @Test
    void shouldDivideByEachUnitStepAboveTheTresBaseUnit() throws IOException {
        // Mem counts MB: M and K leave the weight as written, T divides by 1024^2; CPU has no unit, so K divides.
        assertEquals(weights(Combine.SUM, 2.0 / 1024, 3.0, 0, 0, Map.of()),
                billing("", "TRESBillingWeights=cpu=2K,mem=3M"));
        assertEquals(weights(Combine.SUM, 0, 3.0, 0, 0, Map.of()), billing("", "TRESBillingWeights=Mem=3k"));
        assertEquals(weights(Combine.SUM, 0, 1.0 / (1024 * 1024), 4, 0, Map.of()),
                billing("", "TRESBillingWeights=Mem=1T,Node=4"));
    }

    @Test
    void shouldKeepTypedGpuWeightsAndSkipTheBillingTres() throws IOException {
        assertEquals(weights(Combine.SUM, 0, 0, 0, 1.5, Map.of("a100", 4.0)),
                billing("", "TRESBillingWeights=GRES/gpu=1.5,gres/gpu:a100=4,billing=9"));
    }

    @Test
    void shouldCombineAsPriorityFlagsSay() throws IOException {
        assertEquals(Combine.MAX_TRES, billing("PriorityFlags=MAX_TRES", "TRESBillingWeights=CPU=1").combine());
        assertEquals(Combine.MAX_TRES_GRES,
                billing("PriorityFlags=SMALL_RELATIVE_TO_TIME,MAX_TRES_GRES", "TRESBillingWeights=CPU=1").combine());
        assertEquals(Combine.SUM, billing("PriorityFlags=NO_FAIR_TREE", "TRESBillingWeights=CPU=1").combine());
    }

    @Test
    void shouldBillCpusWhenThePartitionSetsNoWeights() throws IOException {
        assertEquals(BillingWeights.CPUS, billing("PriorityFlags=MAX_TRES", ""));
    }

    @Test
    void shouldNoteWeightsOnTresTheModelDoesNotHold() throws IOException {
        assertEquals(weights(Combine.SUM, 1, 0, 0, 0, Map.of()),
                billing("", "TRESBillingWeights=CPU=1,License/matlab=3,GRES/tmpfs=0.5"));
        assertEquals(List.of("slurm.conf:4: partition p: TRESBillingWeights on License/matlab, GRES/tmpfs bill"
                + " nothing here: the model holds no such TRES"), notes);
    }

    @Test
    void shouldRefuseABadItemInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> billing("", "TRESBillingWeights=CPU=1,Mem"));
        assertEquals("slurm.conf:4: partition p: TRESBillingWeights has the bad item 'Mem'", e.getMessage());
        e = assertThrows(ScenarioException.class, () -> billing("", "TRESBillingWeights=Cores=1"));
        assertEquals("slurm.conf:4: partition p: TRESBillingWeights names 'Cores', which is not a TRES (allowed: CPU,"
                + " Mem, Node, Billing, GRES/<name>, GRES/gpu:<type>, License/<name>, BB/<name>, Energy, FS/Disk,"
                + " FS/Lustre, IC/OFED, Pages, VMem)", e.getMessage());
        e = assertThrows(ScenarioException.class, () -> billing("", "TRESBillingWeights=Mem=1X"));
        assertEquals("slurm.conf:4: partition p: TRESBillingWeights has the bad unit 'X' in 'Mem=1X' (allowed: K, M,"
                + " G, T, P)", e.getMessage());
    }

    @Test
    void shouldNotePriorityFlagsTheModelDoesNotFollow() throws IOException {
        billing("PriorityFlags=MAX_TRES,ACCRUE_ALWAYS,NO_NORMAL_TRES", "");
        assertEquals(List.of(dir.resolve("slurm.conf") + ": PriorityFlags ACCRUE_ALWAYS, NO_NORMAL_TRES are not"
                + " modelled: priorities are computed as without them"), notes);
    }
}
