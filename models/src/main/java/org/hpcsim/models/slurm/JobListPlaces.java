package org.hpcsim.models.slurm;

import java.util.HashMap;
import java.util.Map;
import org.hpcsim.models.workload.JobLinks;

/**
 * Places in slurmctld's job list, the order fifo_sched's main loop walks and preempt/qos's merge
 * sort starts from. Each job record is appended as it is created (job_mgr.c _create_job_record).
 * A job array's tasks that have not started are one record, placed where the array was submitted.
 * When one of them starts, it keeps that record and the tasks still waiting move to a record
 * appended at the list's end (job_array_split, from select_nodes' job_array_post_sched). On a real
 * slurmctld 22.05.8 under sched/builtin, a 2-node job submitted after a 3-task array on 2 nodes
 * went ahead of the array's second task once the first had started: a node stayed idle 12 s
 * for it rather than take that task.
 */
final class JobListPlaces {
    /** The record an array's waiting tasks share. */
    static final class ArrayRecord {
        private long place;
        private int waiting;

        private ArrayRecord(long place) {
            this.place = place;
        }

        long place() {
            return place;
        }
    }

    private long next;
    /** Records of arrays with waiting tasks, by array job id; looked up, never iterated. */
    private final Map<Long, ArrayRecord> arrays = new HashMap<>();

    /** Places {@code job}, just created: at the end, or in its array's record. */
    void created(SlurmJob job) {
        JobLinks links = job.job.options().links();
        if (!links.inArray()) {
            job.listPlace = next++;
            return;
        }
        ArrayRecord record = arrays.computeIfAbsent(links.arrayJobId(), id -> new ArrayRecord(next++));
        record.waiting++;
        job.unstartedArray = record;
    }

    /**
     * {@code job} starts: a waiting array task takes its record's place, and the others move to the
     * end. Returns whether any moved.
     */
    boolean started(SlurmJob job) {
        ArrayRecord record = job.unstartedArray;
        if (record == null) {
            return false;
        }
        job.listPlace = record.place;
        job.unstartedArray = null;
        record.place = next++;
        if (--record.waiting == 0) {
            arrays.remove(job.job.options().links().arrayJobId());
            return false;
        }
        return true;
    }
}
