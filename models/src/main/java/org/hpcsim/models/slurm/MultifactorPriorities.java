package org.hpcsim.models.slurm;

/** priority/multifactor: placeholder until the adapter over org.hpcsim.models.slurm.priority lands. */
final class MultifactorPriorities implements JobPriorities {
    MultifactorPriorities(SlurmConfig cluster, MultifactorSetup setup) {
        throw new UnsupportedOperationException("priority/multifactor is not wired yet");
    }

    @Override
    public void submitted(SlurmJob job, long now) {}

    @Override
    public boolean recalculate(Iterable<SlurmJob> pending, long now) {
        return false;
    }

    @Override
    public long calcPeriod() {
        return 0;
    }
}
