package org.hpcsim.scenarios.sacct;

import static org.hpcsim.scenarios.sacct.SacctTestFiles.readAll;
import static org.hpcsim.scenarios.sacct.SacctTestFiles.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;

/** Constraints, the GPU type of the TRES lists and the requested memory become a job's resource options. */
class SacctOptionsTest {
    private static final String TIMES = "|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|";

    private static List<Job> read(String header, String lines) {
        try (SacctReader r = reader(header + lines)) {
            return readAll(r);
        }
    }

    @Test
    void shouldReadConstraintsGpuTypeAndMemoryPerNode() {
        List<Job> jobs = read("JobID|Submit|Start|End|Timelimit|State|NCPUS|NNodes|AllocTRES|ReqTRES|Constraints\n",
                "7" + TIMES + "COMPLETED|16|2|cpu=16,gres/gpu=4,gres/gpu:a100=4,mem=64G,node=2|"
                        + "cpu=16,gres/gpu=4,mem=64G,node=2|a100&ib\n"
                        + "8" + TIMES + "COMPLETED|4|1|cpu=4,node=1||\n");
        // ReqTRES mem= is the whole job's: 64 GiB on 2 nodes is 32768 MB each.
        assertEquals(new ResourceOptions("a100&ib", "a100", 0, 0, 32_768), jobs.get(0).options().resources());
        assertEquals(4, jobs.get(0).gpus());
        assertSame(SubmitOptions.NONE, jobs.get(1).options());
    }

    @Test
    void shouldTakeTheTypeFromReqTresWhenAllocTresHasNoneAndNoTypeWhenSeveral() {
        List<Job> jobs = read("JobID|Submit|Start|End|Timelimit|State|NCPUS|AllocTRES|ReqTRES|Comment\n",
                "7" + TIMES + "COMPLETED|8|cpu=8,gres/gpu=2|cpu=8,gres/gpu:h100=2|anything\n"
                        + "8" + TIMES + "COMPLETED|8|cpu=8,gres/gpu:a100=1,gres/gpu:h100=1||\n");
        assertEquals("h100", jobs.get(0).options().resources().gpuType());
        assertEquals("", jobs.get(1).options().resources().gpuType());
        assertEquals(2, jobs.get(1).gpus());
    }

    @Test
    void shouldReadOlderSacctsPerCpuReqMemAsMemPerCpuAndItsPerNodeAsMem() {
        List<Job> jobs = read("JobID|Submit|Start|End|Timelimit|State|NCPUS|NNodes|ReqMem\n",
                "7" + TIMES + "COMPLETED|16|2|2000Mc\n"
                        + "8" + TIMES + "COMPLETED|16|2|4Gn\n"
                        + "9" + TIMES + "COMPLETED|16|2|8G\n");
        assertEquals(new ResourceOptions("", "", 0, 0, 0, 2000), jobs.get(0).options().resources(),
                "--mem-per-cpu=2000M, held per CPU wherever the CPUs land");
        assertEquals(new ResourceOptions("", "", 0, 0, 4096, 0), jobs.get(1).options().resources());
        assertEquals(new ResourceOptions("", "", 0, 0, 4096, 0), jobs.get(2).options().resources(),
                "a plain value is the job's total, split over its nodes");
    }
}
