package org.hpcsim.scenarios.run;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.slurm.PowerSaving;
import org.hpcsim.models.slurm.ResumeRate;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.slurmconf.NodeState;
import org.hpcsim.scenarios.slurmconf.SlurmConf;
import org.hpcsim.scenarios.spec.BootTimeSpec;
import org.hpcsim.scenarios.spec.ClusterSpec;

/**
 * Power saving of a slurm.conf's {@code State=CLOUD} nodes: powered down until a job needs them,
 * resumed at most ResumeRate a minute, suspended after SuspendTime idle, allocatable again
 * SuspendTimeout later. slurm.conf has no boot time (its ResumeTimeout is only the limit), so the
 * scenario's {@code cluster.bootTime} gives it. SlurmctldParameters are not read, so the power-save
 * scans pacing ResumeRate keep Slurm's defaults (power_save_interval 10 s, power_save_min_interval 0).
 */
final class SlurmConfPower {
    private SlurmConfPower() {}

    /** Power saving for {@code conf}'s cloud nodes, or null when it defines none. */
    static PowerSaving of(SlurmConf conf, ClusterSpec cluster, List<String> notes) {
        BitSet cloud = new BitSet();
        for (int i = 0; i < conf.nodes().size(); i++) {
            if (conf.nodes().get(i).state() == NodeState.CLOUD) {
                cloud.set(i);
            }
        }
        if (cloud.isEmpty()) {
            return null;
        }
        String file = conf.path().toString();
        if (!conf.power().enabled()) {
            // power_save.c runs (and so resumes cloud nodes) only once SuspendTime enables power saving.
            throw new ScenarioException(conf.path() + ": " + cloud.cardinality() + " State=CLOUD nodes but SuspendTime"
                    + " is INFINITE, so slurmctld never powers them up (allowed: SuspendTime=<seconds>)");
        }
        if (conf.topology().isPresent()) {
            throw new ScenarioException(conf.path() + ": State=CLOUD nodes with a topology.conf switch tree are not"
                    + " modelled (allowed: one or the other)");
        }
        BootTimeSpec boot = cluster == null ? BootTimeSpec.fixed(ClusterSpec.DEFAULT_BOOT_TIME) : cluster.bootTime();
        int rate = conf.power().resumeRate();
        notes.add(file + ": " + cloud.cardinality() + " State=CLOUD nodes powered down until needed, booting in "
                + BootTimes.describe(boot) + " (cluster.bootTime), resumed at most ResumeRate="
                + (rate == 0 ? "0 (no limit)" : rate + " a minute") + ", suspended after SuspendTime="
                + conf.power().suspendTime() + " s idle, allocatable again SuspendTimeout="
                + conf.power().suspendTimeout() + " s later");
        return new PowerSaving(cloud, SimTime.seconds(conf.power().suspendTime()),
                SimTime.seconds(conf.power().suspendTimeout()), BootTimes.fixed(boot),
                LaunchModel.UNLIMITED.withBootTimes(BootTimes.drawn(boot)),
                new ResumeRate(rate, ResumeRate.DEFAULT_INTERVAL, 0));
    }
}
