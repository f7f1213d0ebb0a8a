package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.root;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.models.slurm.priority.AssociationSpec;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/**
 * What the decay thread's repricing sets off: the periodic main-loop pass, which slurmctld runs
 * every sched_interval whatever happens, starts the job the new order puts first. Slurm's default
 * controller timing, sched/builtin, two one-CPU nodes, fair-share only.
 */
class RepricingPassesTest {
    private static final AssociationSpec PHYSICS = root(account("physics", 1, user("heavy"), user("light")));

    private static Job by(Job job, String user) {
        return new Job(job.id(), job.submitTime(), job.runTime(), job.requestedTime(), job.processors(), job.nodes(),
                job.gpus(), new JobLabels(user, "", "physics", "", "", "", ""), job.history(), -1, -1);
    }

    /** Heavy's job 1 holds a node to 2000 s; heavy's job 2 (both nodes) goes before light's job 3 until repriced. */
    private static SlurmReplay.Result run(boolean decayThread) {
        MultifactorConfig mf = MultifactorConfig.defaults().withWeights(MultifactorWeights.of(0, 0, 10_000, 0, 0, 0));
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR, SchedulerParams.defaults())
                .withMultifactor(new MultifactorSetup(mf, PHYSICS, decayThread));
        return SlurmReplay.run(c, List.of(by(job(1, 0, 2000, 3000, 1), "heavy"), by(job(2, 10, 100, 200, 2), "heavy"),
                by(job(3, 20, 100, 200, 1), "light")));
    }

    @Test
    void shouldStartTheJobARepricingPutsFirstAtTheNextPeriodicPass() {
        // The decay pass at PriorityCalcPeriod (300 s) charges heavy's usage: light's job 3 goes
        // first, and the next sched_interval pass (360 s; the one at 300 s ran first in that second)
        // starts it on the free node. Before, it waited for job 2, which waits for job 1's end.
        SlurmReplay.Result r = run(true);
        assertEquals(360, r.start(3));
        assertEquals(2003, r.start(2));
    }

    @Test
    void shouldNeverRepriceWithoutTheDecayThread() {
        // Without slurmdbd slurmctld starts no decay thread: job 2 stays first and job 3 waits for it.
        SlurmReplay.Result r = run(false);
        assertEquals(2003, r.start(2));
        assertEquals(2003 + 100 + 1, r.start(3), "on the tick after job 2's end");
    }
}
