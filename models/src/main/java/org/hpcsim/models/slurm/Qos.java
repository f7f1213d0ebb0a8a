package org.hpcsim.models.slurm;

/**
 * One quality of service as sacctmgr defines it (QOS live in the accounting database, not in
 * slurm.conf): its priority and the limits this model enforces. {@link #UNLIMITED} marks a limit
 * that is not set, as sacctmgr's -1 does.
 *
 * @param name           the QOS's name
 * @param priority       Priority: its share of the QOS factor of priority/multifactor
 * @param maxJobsPerUser MaxJobsPerUser: running jobs one user may have in this QOS
 * @param grpCpus        GrpTRES=cpu: CPUs all running jobs of this QOS may hold together
 * @param grpNodes       GrpTRES=node: nodes all running jobs of this QOS may hold together
 * @param grpGpus        GrpTRES=gres/gpu: GPUs all running jobs of this QOS may hold together
 */
public record Qos(String name, long priority, long maxJobsPerUser, long grpCpus, long grpNodes, long grpGpus) {
    /** A limit that is not set. */
    public static final long UNLIMITED = -1;

    /** Validates the QOS. */
    public Qos {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a QOS needs a name");
        }
        // sacctmgr keeps Priority as uint32.
        if (priority < 0 || priority > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("QOS " + name + " priority must be in [0, 2^32-1], got " + priority);
        }
        if (maxJobsPerUser < UNLIMITED || grpCpus < UNLIMITED || grpNodes < UNLIMITED || grpGpus < UNLIMITED) {
            throw new IllegalArgumentException("QOS " + name + " limits must be 0 or more, or unlimited");
        }
    }

    /** A QOS without limits, as sacctmgr creates {@code normal}. */
    public static Qos unlimited(String name, long priority) {
        return new Qos(name, priority, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    /** Whether any GrpTRES limit is set. */
    boolean hasGrpTres() {
        return grpCpus != UNLIMITED || grpNodes != UNLIMITED || grpGpus != UNLIMITED;
    }
}
