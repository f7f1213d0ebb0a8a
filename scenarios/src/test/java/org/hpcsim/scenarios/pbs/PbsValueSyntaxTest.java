package org.hpcsim.scenarios.pbs;

import static org.hpcsim.core.SimTime.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hpcsim.models.workload.JobStatus;
import org.junit.jupiter.api.Test;

/** PBS's durations, sizes and resource specs parse to exact numbers. */
class PbsValueSyntaxTest {

    @Test
    void shouldParseDurationsOfOneToThreePartsWithHoursPast24AndFractions() {
        assertEquals(seconds(45), PbsValues.duration("w", "45"));
        assertEquals(seconds(90), PbsValues.duration("w", "1:30"));
        assertEquals(seconds(5400), PbsValues.duration("w", "01:30:00"));
        assertEquals(seconds(360_000), PbsValues.duration("w", "100:00:00"));
        assertEquals(1_500_000_000L, PbsValues.duration("w", "00:00:01.5"));
        assertEquals(1_001_000_000L, PbsValues.duration("w", "1.001"));
    }

    @Test
    void shouldRejectDurationsOfOtherShapes() {
        for (String bad : new String[] {"", "1:2:3:4", "1::2", "-5", "1.", "a", "1:2.5:3"}) {
            PbsProblem p = assertThrows(PbsProblem.class, () -> PbsValues.duration("w", bad), bad);
            assertEquals("w is not a duration [[hours:]minutes:]seconds: '" + bad + "'", p.getMessage());
        }
    }

    @Test
    void shouldParseSizesIn1024BasedUnitsAndWordsAsKilobytes() {
        assertEquals(2, PbsValues.kilobytes("m", "2048"));
        assertEquals(2, PbsValues.kilobytes("m", "2048b"));
        assertEquals(1234, PbsValues.kilobytes("m", "1234kb"));
        assertEquals(1234, PbsValues.kilobytes("m", "1234KB"));
        assertEquals(3 * 1024, PbsValues.kilobytes("m", "3mb"));
        assertEquals(2L * 1024 * 1024, PbsValues.kilobytes("m", "2gb"));
        assertEquals(1L << 30, PbsValues.kilobytes("m", "1tb"));
        assertEquals(1L << 40, PbsValues.kilobytes("m", "1pb"));
        assertEquals(8, PbsValues.kilobytes("m", "1kw"));
        assertEquals(0, PbsValues.kilobytes("m", "100w"));
    }

    @Test
    void shouldRejectSizesWithUnknownUnits() {
        for (String bad : new String[] {"", "kb", "1.5gb", "1xb", "1kk", "12 kb", "1kbb"}) {
            PbsProblem p = assertThrows(PbsProblem.class, () -> PbsValues.kilobytes("m", bad), bad);
            assertEquals("m is not a size such as 1234kb: '" + bad + "'", p.getMessage());
        }
    }

    @Test
    void shouldSumSelectChunksWithDefaultCountAndNcpusOfOne() {
        assertEquals(new PbsSize(16, 3, 2, -1), PbsSize.ofSelect("s", "2:ncpus=4:ngpus=1+1:ncpus=8"));
        assertEquals(new PbsSize(1, 1, 0, 1024 * 1024), PbsSize.ofSelect("s", "mem=1gb:host=n1"));
        assertEquals(new PbsSize(6, 3, 0, 3 * 1024 * 1024), PbsSize.ofSelect("s", "3:ncpus=2:mem=1gb:mpiprocs=2"));
        assertEquals(-1, PbsSize.ofSelect("s", "1:ncpus=2:mem=1gb+1:ncpus=2").memoryKb());
    }

    @Test
    void shouldSumTorqueNodeSpecsWithHostNamesAsOneNodeAndPpnDefaultOne() {
        assertEquals(new PbsSize(8, 2, 0, -1), PbsSize.ofNodes("n", "2:ppn=4"));
        assertEquals(new PbsSize(1, 1, 0, -1), PbsSize.ofNodes("n", "1"));
        assertEquals(new PbsSize(24, 3, 2, -1), PbsSize.ofNodes("n", "node01:ppn=8+2:ppn=8:ib:gpus=1"));
        assertEquals(new PbsSize(1, 1, 0, -1), PbsSize.ofNodes("n", "10-0-0-7"));
    }

    @Test
    void shouldCountExecHostCpusInEveryNotationAndDistinctHosts() {
        assertEquals(new PbsSize(8, 2, -1, -1), PbsSize.ofExecHost("e", "node01/0-3+node02/0-3"));
        assertEquals(new PbsSize(2, 1, -1, -1), PbsSize.ofExecHost("e", "node01/0+node01/1"));
        assertEquals(new PbsSize(12, 2, -1, -1), PbsSize.ofExecHost("e", "node01/0*4+node02/0*8"));
        assertEquals(new PbsSize(5, 1, -1, -1), PbsSize.ofExecHost("e", "n1/0,2,4-6"));
        assertEquals(new PbsSize(2, 2, -1, -1), PbsSize.ofExecHost("e", "n1+n2"));
    }

    @Test
    void shouldMapExitCodesWithTheWalltimeEvidence() {
        assertEquals(JobStatus.TIMEOUT, PbsExitStatus.of(true, 271, true));
        assertEquals(JobStatus.CANCELLED, PbsExitStatus.of(true, 271, false));
        assertEquals(JobStatus.TIMEOUT, PbsExitStatus.of(true, -29, false));
        assertEquals(JobStatus.UNKNOWN, PbsExitStatus.of(false, 0, false));
    }
}
