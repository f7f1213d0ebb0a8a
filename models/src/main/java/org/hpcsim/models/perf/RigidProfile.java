package org.hpcsim.models.perf;

/** A job that runs its recorded runtime wherever it lands: the profile of a plain trace replay. */
public record RigidProfile() implements AppProfile {
    /** The one rigid profile. */
    public static final RigidProfile INSTANCE = new RigidProfile();

    @Override
    public String kind() {
        return "rigid";
    }

    @Override
    public Io io() {
        return Io.NONE;
    }

    @Override
    public double iterations(JobShape shape, Machine machine) {
        return 1;
    }

    @Override
    public IterationCost iteration(JobShape shape, Machine machine) {
        return IterationCost.compute(shape.recordedSeconds());
    }
}
