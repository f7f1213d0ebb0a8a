package org.hpcsim.models.slurm.priority;

/**
 * Slurm's priority/basic (FIFO): each new job gets one less than the lowest priority handed out so
 * far, so priorities fall by one per submission in submit order (priority_basic.c, and
 * job_mgr.c set_job_prio starting from TOP_PRIORITY = 0xffff0000, so the first job gets
 * 0xfffeffff). A nice value shifts that job only: the counter advances as if it were 0. The
 * floor is 1, since 0 means held.
 */
public final class BasicPriority {
    /** Where slurmctld starts counting down (job_mgr.c TOP_PRIORITY). */
    public static final long TOP_PRIORITY = 0xFFFF_0000L;

    private long lowest = TOP_PRIORITY;

    /** The priority of the next submitted job with nice 0. */
    public long next() {
        return next(0);
    }

    /** The priority of the next submitted job with this nice value. */
    public long next(int nice) {
        long p = lowest >= 2 ? lowest - 1 : 1;
        // priority_basic.c applies a positive nice only while it keeps the priority above 1.
        if (nice <= 0 || p > (long) nice + 1) {
            p -= nice;
        }
        p = Math.min(Math.max(p, 1), MultifactorPriority.MAX_PRIORITY);
        lowest = Math.min(lowest, p + nice);
        return p;
    }
}
