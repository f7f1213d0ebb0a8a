package org.hpcsim.models.slurm;

/**
 * A limit on the three TRES this model counts, as sacctmgr's GrpTRES, MaxTRESPerUser and
 * MaxTRESPerJob take them ({@code cpu}, {@code node}, {@code gres/gpu}); {@link Qos#UNLIMITED} leaves
 * one unset.
 *
 * @param cpus  cpu
 * @param nodes node
 * @param gpus  gres/gpu
 */
public record TresLimit(long cpus, long nodes, long gpus) {
    /** No limit on any TRES. */
    public static final TresLimit NONE = new TresLimit(Qos.UNLIMITED, Qos.UNLIMITED, Qos.UNLIMITED);

    /** Validates the limit. */
    public TresLimit {
        if (cpus < Qos.UNLIMITED || nodes < Qos.UNLIMITED || gpus < Qos.UNLIMITED) {
            throw new IllegalArgumentException("TRES limits must be 0 or more, or unlimited");
        }
    }

    /** This limit without the TRES that {@code first} limits: what a second QOS adds beneath a first one. */
    TresLimit beneath(TresLimit first) {
        return new TresLimit(first.cpus == Qos.UNLIMITED ? cpus : Qos.UNLIMITED,
                first.nodes == Qos.UNLIMITED ? nodes : Qos.UNLIMITED, first.gpus == Qos.UNLIMITED ? gpus : Qos.UNLIMITED);
    }

    /** Whether any TRES is limited. */
    public boolean any() {
        return cpus != Qos.UNLIMITED || nodes != Qos.UNLIMITED || gpus != Qos.UNLIMITED;
    }

    /**
     * The first TRES that {@code cpu}, {@code node} and {@code gpu} together exceed, as Slurm names it
     * in a pending reason ("Cpu", "Node", "GRES"), or null when none does.
     */
    String exceededBy(long cpu, long node, long gpu) {
        if (over(cpu, cpus)) {
            return "Cpu";
        }
        if (over(node, nodes)) {
            return "Node";
        }
        return over(gpu, gpus) ? "GRES" : null;
    }

    private static boolean over(long wanted, long limit) {
        return limit != Qos.UNLIMITED && wanted > limit;
    }
}
