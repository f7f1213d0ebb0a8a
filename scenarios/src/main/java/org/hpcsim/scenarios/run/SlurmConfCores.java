package org.hpcsim.scenarios.run;

import java.util.List;
import java.util.Locale;
import org.hpcsim.scenarios.slurmconf.Node;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/**
 * Whether select/cons_tres hands a slurm.conf's CPUs to jobs in whole cores: under CR_Core and
 * CR_Core_Memory, and without SelectTypeParameters (cons_tres 22.05 takes CR_Core_Memory), a node
 * whose CPUs count its hardware threads (CPUs = Sockets x CoresPerSocket x ThreadsPerCore) gives a
 * job whole cores, so a 1-task job holds ThreadsPerCore CPUs (a real slurmctld 22.05.8 with
 * ThreadsPerCore=2 gave -n 1, 2, 3 and 5 jobs 2, 2, 4 and 6 CPUs). CR_CPU gives single CPUs. CR_Socket
 * (whole sockets) is noted and handled as CR_Core.
 */
final class SlurmConfCores {
    private SlurmConfCores() {}

    /**
     * Whether select/cons_tres, as {@code conf}'s SelectTypeParameters set it, allocates whole cores;
     * CR_Socket goes to {@code notes}.
     */
    static boolean allocatesWholeCores(SlurmConf conf, List<String> notes) {
        List<String> params = conf.scheduling().selectTypeParameters().stream()
                .map(p -> p.toUpperCase(Locale.ROOT)).toList();
        if (params.stream().anyMatch(p -> p.startsWith("CR_SOCKET"))) {
            notes.add(conf.path() + ": SelectTypeParameters=CR_Socket is not modelled: CPUs are allocated in whole"
                    + " cores, not whole sockets");
            return true;
        }
        return params.isEmpty() || params.stream().anyMatch(p -> p.startsWith("CR_CORE"));
    }

    /** The CPUs of one core of {@code n}: ThreadsPerCore when its CPUs count threads, else 1. */
    static int cpusPerCore(Node n) {
        long threads = (long) n.sockets() * n.coresPerSocket() * n.threadsPerCore();
        return n.threadsPerCore() > 1 && n.cpus() == threads ? n.threadsPerCore() : 1;
    }
}
