package org.hpcsim.scenarios.run;

import java.util.List;
import java.util.Locale;
import org.hpcsim.scenarios.slurmconf.Node;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/**
 * In what units select/cons_tres hands a slurm.conf's CPUs to jobs. Under CR_Core and
 * CR_Core_Memory, and without SelectTypeParameters (cons_tres 22.05 takes CR_Core_Memory), a node
 * whose CPUs count its hardware threads (CPUs = Sockets x CoresPerSocket x ThreadsPerCore) gives a
 * job whole cores, so a 1-task job holds ThreadsPerCore CPUs (a real slurmctld 22.05.8 with
 * ThreadsPerCore=2 gave -n 1, 2, 3 and 5 jobs 2, 2, 4 and 6 CPUs). Under CR_Socket and
 * CR_Socket_Memory a job holds whole sockets (with 2 sockets of 4 cores, -n 1, 3, 5 and 9 held
 * 4, 8, 8 and 12 CPUs). CR_CPU gives single CPUs.
 */
final class SlurmConfCores {
    private SlurmConfCores() {}

    /** What select/cons_tres allocates CPUs in. */
    enum Unit { CPU, CORE, SOCKET }

    /** The unit select/cons_tres allocates CPUs in as {@code conf}'s SelectTypeParameters set it. */
    static Unit unit(SlurmConf conf) {
        List<String> params = conf.scheduling().selectTypeParameters().stream()
                .map(p -> p.toUpperCase(Locale.ROOT)).toList();
        if (params.stream().anyMatch(p -> p.startsWith("CR_SOCKET"))) {
            return Unit.SOCKET;
        }
        return params.isEmpty() || params.stream().anyMatch(p -> p.startsWith("CR_CORE")) ? Unit.CORE : Unit.CPU;
    }

    /**
     * The CPUs of one core of {@code n} where cores or sockets are allocated whole: ThreadsPerCore
     * when its CPUs count threads, else 1.
     */
    static int cpusPerCore(Node n, Unit unit) {
        if (unit == Unit.CPU) {
            return 1;
        }
        long threads = (long) n.sockets() * n.coresPerSocket() * n.threadsPerCore();
        return n.threadsPerCore() > 1 && n.cpus() == threads ? n.threadsPerCore() : 1;
    }

    /**
     * The CPUs of one socket of {@code n} where sockets are allocated whole (its CPUs shared evenly
     * over its Sockets, which slurm.conf infers from CPUs when only CPUs is given), else 0.
     */
    static int cpusPerSocket(Node n, Unit unit) {
        if (unit != Unit.SOCKET || n.sockets() <= 0 || n.cpus() % n.sockets() != 0) {
            return 0;
        }
        int perSocket = n.cpus() / n.sockets();
        return perSocket % cpusPerCore(n, unit) == 0 ? perSocket : 0;
    }
}
