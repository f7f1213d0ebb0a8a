package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.error;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cluster-wide keys: typed with slurm.conf(5)'s defaults, the rest listed as ignored with file and line. */
class GlobalKeysTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadPriorityCalcPeriodInWholeMinutesAndRefuseNone() {
        assertEquals(Duration.ofMinutes(1), read(dir, "PriorityCalcPeriod=0:30").priority().calcPeriod());
        assertEquals(Duration.ofMinutes(2), read(dir, "PriorityCalcPeriod=2").priority().calcPeriod());
        assertEquals("slurm.conf:1: PriorityCalcPeriod=0 is no period (at least 1 minute)",
                error(() -> read(dir, "PriorityCalcPeriod=0")));
    }

    @Test
    void shouldRefuseSelectTypeParametersSlurmctldRefuses() {
        assertEquals(List.of("cr_core_memory", "CR_ONE_TASK_PER_CORE", "CR_LLN"),
                read(dir, "SelectTypeParameters=cr_core_memory,CR_ONE_TASK_PER_CORE,CR_LLN").scheduling()
                        .selectTypeParameters());
        assertTrue(error(() -> read(dir, "SelectTypeParameters=CR_Bogus")).startsWith("slurm.conf:1:"
                + " SelectTypeParameters=CR_Bogus names CR_Bogus, which slurmctld does not know"));
        assertTrue(error(() -> read(dir, "SelectTypeParameters=CR_CPU,CR_Core_Memory")).startsWith("slurm.conf:1:"
                + " SelectTypeParameters=CR_CPU,CR_Core_Memory names two consumable resources, CR_CPU and CR_Core_Memory"));
        assertTrue(error(() -> read(dir, "SelectTypeParameters=CR_CPU_Memory,CR_ONE_TASK_PER_CORE")).startsWith(
                "slurm.conf:1: SelectTypeParameters=CR_CPU_Memory,CR_ONE_TASK_PER_CORE pairs CR_ONE_TASK_PER_CORE"
                        + " with CR_CPU_Memory"));
    }

    @Test
    void shouldApplySlurmDefaultsToAnEmptyFile() {
        SlurmConf conf = read(dir, "# nothing");
        assertEquals(Optional.empty(), conf.clusterName());
        SchedulingConfig s = conf.scheduling();
        assertEquals("sched/backfill", s.schedulerType());
        assertEquals("select/linear", s.selectType());
        assertEquals(List.of(), s.selectTypeParameters());
        assertEquals(10_000, s.maxJobCount());
        assertEquals(30, s.killWaitSeconds());
        assertEquals(300, s.minJobAgeSeconds());
        assertEquals(Optional.of(Duration.ZERO), s.overTimeLimit().duration());
        assertEquals(0, s.defMemPerCpuMb());
        assertEquals(OptionalLong.empty(), s.maxMemPerCpuMb());
        assertEquals(OptionalLong.empty(), s.maxMemPerNodeMb());
        PriorityConfig p = conf.priority();
        assertEquals("priority/basic", p.type());
        assertEquals(0, p.weightAge() + p.weightFairshare() + p.weightJobSize() + p.weightPartition() + p.weightQos()
                + p.weightAssoc());
        assertEquals(Duration.ofDays(7), p.maxAge());
        assertEquals(Duration.ofDays(7), p.decayHalfLife());
        assertEquals(Duration.ofMinutes(5), p.calcPeriod());
        assertFalse(p.favorSmall());
        assertEquals(UsageResetPeriod.NONE, p.usageResetPeriod());
        assertEquals("preempt/none", conf.preemption().type());
        assertEquals(Set.of(PreemptMode.OFF), conf.preemption().mode());
        assertEquals(Duration.ZERO, conf.preemption().exemptTime());
        assertEquals("topology/none", conf.topologyPlugin());
        assertEquals(List.of(), conf.gresTypes());
    }

    @Test
    void shouldReadPriorityKeys() {
        PriorityConfig p = read(dir, "PriorityType=priority/multifactor", "PriorityWeightAge=1000",
                "PriorityWeightFairshare=10000", "PriorityWeightJobSize=500", "PriorityWeightPartition=2000",
                "PriorityWeightQOS=5000", "PriorityWeightAssoc=7", "PriorityWeightTRES=CPU=1000,Mem=2000,GRES/gpu=-3000.5",
                "PriorityMaxAge=1-12", "PriorityDecayHalfLife=14-0", "PriorityCalcPeriod=1:00",
                "PriorityFavorSmall=YES", "PriorityFlags=small_relative_to_time,MAX_TRES",
                "PriorityUsageResetPeriod=monthly").priority();
        assertEquals("priority/multifactor", p.type());
        assertEquals(List.of(1000L, 10000L, 500L, 2000L, 5000L, 7L), List.of(p.weightAge(), p.weightFairshare(),
                p.weightJobSize(), p.weightPartition(), p.weightQos(), p.weightAssoc()));
        assertEquals(List.of(new TresWeight("CPU", 1000), new TresWeight("Mem", 2000), new TresWeight("GRES/gpu", -3000.5)),
                p.weightTres());
        assertEquals(Duration.ofHours(36), p.maxAge());
        assertEquals(Duration.ofDays(14), p.decayHalfLife());
        assertEquals(Duration.ofMinutes(1), p.calcPeriod());
        assertTrue(p.favorSmall());
        assertEquals(List.of("SMALL_RELATIVE_TO_TIME", "MAX_TRES"), p.flags());
        assertEquals(UsageResetPeriod.MONTHLY, p.usageResetPeriod());
    }

    @Test
    void shouldReadSchedulingAndPreemptionKeys() {
        SlurmConf conf = read(dir, "SchedulerType=sched/builtin", "SelectType=Select/Cons_Tres",
                "SelectTypeParameters=CR_Core_Memory,CR_ONE_TASK_PER_CORE", "DefMemPerCPU=3800", "MaxMemPerCPU=7600", "MaxJobCount=50000",
                "KillWait=60", "MinJobAge=600", "OverTimeLimit=UNLIMITED", "PreemptType=preempt/qos",
                "PreemptMode=suspend,gang", "PreemptExemptTime=-1", "TopologyPlugin=topology/tree", "GresTypes=gpu,mps",
                "ClusterName=alpha");
        SchedulingConfig s = conf.scheduling();
        assertEquals("sched/builtin", s.schedulerType());
        assertEquals("select/cons_tres", s.selectType());
        assertEquals(List.of("CR_Core_Memory", "CR_ONE_TASK_PER_CORE"), s.selectTypeParameters());
        assertEquals(3800, s.defMemPerCpuMb());
        assertEquals(OptionalLong.of(7600), s.maxMemPerCpuMb());
        assertEquals(50_000, s.maxJobCount());
        assertEquals(60, s.killWaitSeconds());
        assertEquals(600, s.minJobAgeSeconds());
        assertTrue(s.overTimeLimit().unlimited());
        assertEquals(Set.of(PreemptMode.SUSPEND, PreemptMode.GANG), conf.preemption().mode());
        assertEquals(Duration.ZERO, conf.preemption().exemptTime());
        assertEquals("topology/tree", conf.topologyPlugin());
        assertEquals(List.of("gpu", "mps"), conf.gresTypes());
        assertEquals(Optional.of("alpha"), conf.clusterName());
    }

    @Test
    void shouldReadOverTimeLimitInMinutes() {
        assertEquals(Optional.of(Duration.ofMinutes(5)), read(dir, "OverTimeLimit=5").scheduling().overTimeLimit().duration());
    }

    @Test
    void shouldLetTheLastValueOfAKeyWinAsSlurmctldDoes() {
        assertEquals(120, read(dir, "KillWait=60", "KillWait=120").scheduling().killWaitSeconds());
    }

    @Test
    void shouldReadSeveralGlobalKeysOnOneLine() {
        SlurmConf conf = read(dir, "KillWait=60 MinJobAge=5 SlurmctldPort=6817");
        assertEquals(60, conf.scheduling().killWaitSeconds());
        assertEquals(5, conf.scheduling().minJobAgeSeconds());
        assertEquals("[SlurmctldPort (slurm.conf:1)]", conf.ignored().toString());
    }

    @Test
    void shouldListIgnoredKeysAndLinesWithFileAndLine() {
        SlurmConf conf = read(dir, "ClusterName=c", "SlurmctldPort=6817", "AuthType=auth/munge",
                "NodeName=n1", "DownNodes=n1 State=DOWN Reason=\"bad disk\"");
        assertEquals(List.of(new IgnoredKey("SlurmctldPort", IgnoredKey.GLOBAL, new SourceLine("slurm.conf", 2)),
                new IgnoredKey("AuthType", IgnoredKey.GLOBAL, new SourceLine("slurm.conf", 3)),
                new IgnoredKey("DownNodes", "DownNodes", new SourceLine("slurm.conf", 5))), conf.ignored());
        assertEquals("[SlurmctldPort (slurm.conf:2), AuthType (slurm.conf:3), DownNodes (slurm.conf:5)]",
                conf.ignored().toString());
    }

    @Test
    void shouldRejectBadGlobalValuesWithFileAndLine() {
        assertEquals("slurm.conf:2: KillWait=70000 is out of range (a whole number 0..65533)",
                error(() -> read(dir, "# x", "KillWait=70000")));
        assertEquals("slurm.conf:1: PriorityMaxAge=UNLIMITED cannot be unlimited (minutes, minutes:seconds, "
                + "hours:minutes:seconds, days-hours, days-hours:minutes, days-hours:minutes:seconds)",
                error(() -> read(dir, "PriorityMaxAge=UNLIMITED")));
        assertTrue(error(() -> read(dir, "PriorityDecayHalfLife=7days")).startsWith("slurm.conf:1: PriorityDecayHalfLife=7days is not a time"));
        assertTrue(error(() -> read(dir, "PriorityWeightTRES=CPU=x")).contains("PriorityWeightTRES=CPU=x has the bad item 'CPU=x'"));
        assertTrue(error(() -> read(dir, "PriorityUsageResetPeriod=HOURLY")).contains("is not known (one of NONE, NOW,"));
        assertTrue(error(() -> read(dir, "DefMemPerCPU=4G")).contains("DefMemPerCPU=4G has a unit"));
        assertTrue(error(() -> read(dir, "PriorityFavorSmall=sometimes")).contains("is not a yes/no value (YES or NO)"));
    }
}
