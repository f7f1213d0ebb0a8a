package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.error;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gres lists read to name, type, count and no_consume. */
class GresTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadTypedAndUntypedCounts() {
        assertEquals(List.of(new Gres("gpu", Optional.of("a100"), 4, false), new Gres("gpu", Optional.of("v100"), 2, false)),
                Gres.parseList("gpu:a100:4,gpu:v100:2"));
        assertEquals(List.of(new Gres("gpu", Optional.empty(), 8, false)), Gres.parseList("gpu:8"));
        assertEquals(List.of(new Gres("mps", Optional.empty(), 100, false)), Gres.parseList("mps:100"));
    }

    @Test
    void shouldDropASocketBindingAsSlurmctldDoes() {
        assertEquals(List.of(new Gres("gpu", Optional.of("a100"), 4, false), new Gres("mps", Optional.empty(), 100,
                false)), Gres.parseList("gpu:a100:4(S:0-1),mps:100"));
        assertEquals(List.of(new Gres("gpu", Optional.empty(), 4, false)), Gres.parseList("gpu:4(S:0)"));
    }

    @Test
    void shouldCountOneWhenNoCountIsGivenAsSlurmctldDoes() {
        assertEquals(List.of(new Gres("gpu", Optional.empty(), 1, false)), Gres.parseList("gpu"));
        assertEquals(List.of(new Gres("gpu", Optional.of("k80"), 1, false)), Gres.parseList("gpu:k80"));
    }

    @Test
    void shouldReadNoConsumeAndSuffixesInPowersOf1024() {
        assertEquals(List.of(new Gres("bandwidth", Optional.of("lustre"), 4L << 30, true)),
                Gres.parseList("bandwidth:lustre:no_consume:4G"));
        assertEquals(2048, Gres.parseList("shard:2K").get(0).count());
    }

    @Test
    void shouldRejectMixingTypedAndUntypedOfOneName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gres.parseList("gpu:2,gpu:a100:2"));
        assertTrue(e.getMessage().contains("both typed and untyped gpu"), e.getMessage());
    }

    @Test
    void shouldRejectMalformedItemsWithTheLine() {
        String message = error(() -> read(dir, "NodeName=n1 Gres=gpu:a100:x:4"));
        assertEquals("slurm.conf:1: Gres=gpu:a100:x:4 has the bad GRES 'gpu:a100:x:4' (name[:type][:no_consume]:"
                + "count[K|M|G|T|P], comma-separated, such as gpu:a100:4,mps:100)", message);
        assertTrue(error(() -> read(dir, "NodeName=n1 Gres=gpu:4,,mps:1")).contains("has the bad GRES ''"));
    }
}
