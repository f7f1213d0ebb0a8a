package org.hpcsim.scenarios.slurmconf;

/**
 * A partition's OverSubscribe (formerly Shared) value, such as {@code FORCE:4}.
 *
 * @param mode            NO, EXCLUSIVE, YES or FORCE
 * @param jobsPerResource how many jobs may share a resource: 1 for NO and EXCLUSIVE; for YES and
 *                        FORCE the number after the colon, or 4 without one (slurmctld 22.05.8 shows
 *                        {@code OverSubscribe=YES} as {@code YES:4})
 */
public record OverSubscribe(Mode mode, int jobsPerResource) {
    /** slurm.conf(5), 22.05: "The default value is NO". */
    public static final OverSubscribe NO = new OverSubscribe(Mode.NO, 1);
    /** Jobs per resource for YES or FORCE without a count, as slurmctld 22.05.8 reports them. */
    public static final int DEFAULT_JOBS_PER_RESOURCE = 4;

    /** The OverSubscribe words. */
    public enum Mode {
        /** One job per resource. */
        NO,
        /** Whole nodes to each job. */
        EXCLUSIVE,
        /** Shared when the job asks with --oversubscribe. */
        YES,
        /** Always shared. */
        FORCE
    }

    /**
     * Reads {@code NO}, {@code EXCLUSIVE}, {@code YES[:n]} or {@code FORCE[:n]}, any case.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public static OverSubscribe parse(String text) {
        String[] parts = text.split(":", -1);
        Mode mode = null;
        for (Mode m : Mode.values()) {
            if (m.name().equalsIgnoreCase(parts[0])) {
                mode = m;
            }
        }
        boolean counted = mode == Mode.YES || mode == Mode.FORCE;
        if (mode == null || parts.length > 2 || (parts.length == 2 && !counted)) {
            throw new IllegalArgumentException("NO, EXCLUSIVE, YES[:jobs] or FORCE[:jobs]");
        }
        if (!counted) {
            return new OverSubscribe(mode, 1);
        }
        if (parts.length == 1) {
            return new OverSubscribe(mode, DEFAULT_JOBS_PER_RESOURCE);
        }
        if (!parts[1].matches("[0-9]{1,5}") || Integer.parseInt(parts[1]) < 1) {
            throw new IllegalArgumentException("NO, EXCLUSIVE, YES[:jobs] or FORCE[:jobs], jobs a whole number from 1");
        }
        return new OverSubscribe(mode, Integer.parseInt(parts[1]));
    }
}
