package org.hpcsim.scenarios.pcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.spec.StorageSpec;
import org.junit.jupiter.api.Test;

/** A ParallelCluster file's FSx for Lustre capacity filling the scenario's priced storage entries. */
class PclusterStorageTest {
    private static final PclusterConfig EXAMPLE = PclusterReader.read(Path.of("examples", "pcluster",
            "c5n-efa-spot.yaml"), null, null);

    @Test
    void shouldFillTheCapacityOfTheScenariosFsxEntryFromStorageCapacity() {
        List<String> notes = new ArrayList<>();
        List<StorageSpec> s = PclusterStorage.storage(EXAMPLE,
                List.of(new StorageSpec("fsx-lustre", "fsx-lustre", 0, 0.14)), notes);
        // The example's SharedStorage: scratch, FsxLustre, StorageCapacity 1200.
        assertEquals(List.of(new StorageSpec("scratch", "fsx-lustre", 1200, 0.14)), s);
        assertEquals(List.of(EXAMPLE.origin() + ": shared storage scratch: 1200 GiB (StorageCapacity) at $0.14 per"
                + " GiB-month (the scenario's storage entry)"), notes);
    }

    @Test
    void shouldLeaveAnEntryWithItsOwnCapacityAndNoteAFileSystemNobodyPriced() {
        List<String> notes = new ArrayList<>();
        StorageSpec own = new StorageSpec("scratch", "fsx-lustre", 2400, 0.14);
        assertEquals(List.of(own), PclusterStorage.storage(EXAMPLE, List.of(own), notes));
        assertEquals(List.of(), notes);
        assertEquals(List.of(), PclusterStorage.storage(EXAMPLE, List.of(), notes));
        assertEquals(List.of(EXAMPLE.origin() + ": shared storage scratch is not priced: hpcsim has no storage prices;"
                + " give the scenario a storage entry {name: scratch, type: fsx-lustre, pricePerGiBMonth: ...}"),
                notes);
    }
}
