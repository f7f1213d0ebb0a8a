package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hpcsim.models.workload.Job;

/**
 * The pending jobs in slurmctld's order: one entry per job and partition it may run in, sorted by
 * partition PriorityTier (high first), job priority (high first), submit time (a requeued job's is
 * the time of its requeue), then job id (an array task's array id) and submission order. An
 * array's tasks that never started are one record in slurmctld, with one entry per partition:
 * here each task has its entries, which sort after the array's started (split-off) tasks, a
 * partition at a time, and by index within one (see {@link JobListPlaces}).
 *
 * <p>Under preempt/qos a job sorts before any job whose QOS its own QOS may preempt, ahead of all
 * that (job_scheduler.c sort_job_queue2: preempt_g_job_preempt_check, preempt_qos.c
 * preempt_p_preemptable). As that is no total order, while both sides of such a pair wait the
 * queue is sorted as slurmctld sorts it, afresh on every read after a change (a start included,
 * and the start that ends the last such pair, after which the total order sorts again):
 * from its job list's order (creation, then the job's partitions by tier, see {@link #jobList})
 * with glibc's merge sort ({@link QsortMerge}). Under preempt/partition_prio the same check (a higher tier on a shared
 * node) says nothing the tier does not.
 *
 * <p>Under sched/builtin with priority/basic and one PriorityTier for all partitions, the main
 * loop does not sort at all: it walks the job list (job_scheduler.c schedule(), fifo_sched), so a
 * requeued job keeps its place and no preemptor goes first ({@link #jobListOrder}).
 *
 * <p>Sorting is lazy: entries are re-sorted only after arrivals, a priority recalculation or (after
 * a non-total sort) a start, and entries of jobs that have started are dropped the next time the
 * queue is read.
 */
final class JobQueue {
    /** One queue entry: a job in one of its partitions. */
    record Entry(SlurmJob job, int slot) {
        int partition() {
            return job.request.partitions()[slot];
        }

        long priority() {
            return job.priority[slot];
        }
    }

    private Entry[] entries = new Entry[64];
    private int size;
    private boolean sorted = true;
    /** Whether the entries are in the order of a sort by the non-total comparison. */
    private boolean mergeSorted;
    private int pendingJobs;
    /** Pending records: one per pending job and partition it names. */
    private int pendingEntries;
    private final JobListPlaces places = new JobListPlaces();
    /** Jobs created so far: the next one's {@link SlurmJob#seq}. */
    private long createdJobs;
    /** The job list the merge sort starts from (see {@link #jobList}). */
    private final Comparator<Entry> jobList;
    /** The total order: the queue's own, less preempt/qos's check. */
    private final Comparator<Entry> total;
    private final Comparator<Entry> order;
    /** [preemptor QOS][preemptee QOS] under preempt/qos, else null. */
    private final boolean[][] qosPreempts;

    private JobQueue(boolean[][] qosPreempts, Comparator<Entry> jobList, Comparator<Entry> total) {
        this.qosPreempts = qosPreempts;
        this.jobList = jobList;
        this.total = total;
        this.order = qosPreempts == null ? total : (a, b) -> {
            if (mayPreempt(a.job, b.job)) {
                return -1;
            }
            if (mayPreempt(b.job, a.job)) {
                return 1;
            }
            return total.compare(a, b);
        };
    }

    /**
     * The queue sort_job_queue2 orders, over {@code partitions}; {@code qosPreempts} is preempt/qos's
     * table, null under any other PreemptType.
     */
    static JobQueue byPriority(List<Partition> partitions, boolean[][] qosPreempts) {
        Comparator<Entry> byPriority = Comparator.comparingInt((Entry e) -> -partitions.get(e.partition()).priorityTier())
                .thenComparing((a, b) -> Long.compare(b.priority(), a.priority())) // high first, unboxed
                .thenComparingLong(e -> e.job.submit)
                .thenComparingLong(e -> e.job.queueId)
                // an array's waiting record (array_task_id NO_VAL) after its split-off tasks, its
                // entries a partition at a time, each its tasks by index
                .thenComparingInt(e -> inHeadRecord(e.job) ? 1 : 0)
                .thenComparingInt(JobQueue::waitingRecordSlot)
                .thenComparingInt(e -> e.job.arrayTask)
                .thenComparingLong(e -> e.job.seq);
        return new JobQueue(qosPreempts, jobList(partitions), byPriority);
    }

    /**
     * slurmctld's job list over {@code partitions}: jobs in creation order, each job's partitions
     * by PriorityTier, high first, and in the order it named them within a tier. Every submission
     * sorts the job's partition list so (job_mgr.c _select_nodes_parts, from job_allocate:
     * list_sort with priority_sort_part_tier, glibc's stable merge sort), and the list keeps that
     * order from then on.
     */
    private static Comparator<Entry> jobList(List<Partition> partitions) {
        return Comparator.comparingLong((Entry e) -> e.job.listPlace())
                .thenComparingInt(e -> -partitions.get(e.partition()).priorityTier())
                .thenComparingInt(JobQueue::waitingRecordSlot)
                .thenComparingInt(e -> e.job.arrayTask)
                .thenComparingInt(Entry::slot);
    }

    /**
     * For an array task that never started, the partition of its entry: the array's waiting record
     * is walked a partition at a time, each its tasks by index (job_scheduler.c's next_task); 0 for
     * any other job.
     */
    private static int waitingRecordSlot(Entry e) {
        return inHeadRecord(e.job) ? e.slot() : 0;
    }

    /**
     * Whether {@code job} is a task of its array's head record, whose array_task_id is NO_VAL: one
     * of the tasks that never started, unless a split left it alone there with its own index.
     */
    private static boolean inHeadRecord(SlurmJob job) {
        return job.unstartedArray != null && !job.unstartedArray.lastTask();
    }

    /** The job list over {@code partitions} as fifo_sched walks it (under one PriorityTier, so in creation order). */
    static JobQueue jobListOrder(List<Partition> partitions) {
        Comparator<Entry> jobList = jobList(partitions);
        return new JobQueue(null, jobList, jobList);
    }

    /** Whether slurmctld's main loop walks the job list unsorted (fifo_sched) under {@code config}. */
    static boolean walksJobList(SlurmConfig config) {
        return config.scheduler() == SchedulerType.BUILTIN && config.multifactor() == null
                && config.partitions().stream().mapToInt(Partition::priorityTier).distinct().count() <= 1;
    }

    private boolean mayPreempt(SlurmJob preemptor, SlurmJob preemptee) {
        return preemptor.qos >= 0 && preemptee.qos >= 0 && qosPreempts[preemptor.qos][preemptee.qos];
    }

    /** Whether a pending job may preempt another pending job: the order is then no total order. */
    private boolean preemptorsWaitWithPreemptees() {
        boolean[] waiting = new boolean[qosPreempts.length];
        for (int i = 0; i < size; i++) {
            if (entries[i].job.qos >= 0) {
                waiting[entries[i].job.qos] = true;
            }
        }
        for (int a = 0; a < waiting.length; a++) {
            for (int b = 0; b < waiting.length && waiting[a]; b++) {
                if (waiting[b] && qosPreempts[a][b]) {
                    return true;
                }
            }
        }
        return false;
    }

    void add(SlurmJob job) {
        int n = job.request.partitions().length;
        if (size + n > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, size + n));
        }
        for (int k = 0; k < n; k++) {
            entries[size++] = new Entry(job, k);
        }
        pendingJobs++;
        pendingEntries += n;
        sorted = false;
    }

    /**
     * Puts a requeued job back: its entries from before it started are dropped first, while it is
     * not yet pending, so they cannot come back to life beside the new ones.
     */
    void readd(SlurmJob job) {
        if (job.pending()) {
            throw new IllegalStateException("job " + job.job.id() + " must not be pending before it is put back");
        }
        dropStarted();
        job.partition = SlurmJob.PENDING;
        add(job);
    }

    /** slurmctld's record of {@code job}, created as it is submitted: numbered, and placed in the job list. */
    SlurmJob create(Job job, JobRequest request, int qos) {
        SlurmJob created = new SlurmJob(job, request, createdJobs++, qos);
        places.created(created);
        return created;
    }

    /** {@code job} left the queue (it started); its entries go the next time the queue is read. */
    void started(SlurmJob job) {
        if (places.started(job)) {
            sorted = false;
        }
        pendingJobs--;
        pendingEntries -= job.request.partitions().length;
    }

    /** Priorities changed: sort again before the next read. */
    void reorder() {
        sorted = false;
    }

    /** Jobs (not entries) waiting. */
    int pendingJobs() {
        return pendingJobs;
    }

    /**
     * The pending queue records, one per job and partition it names, as build_job_queue makes them
     * and default_queue_depth counts them.
     */
    int pendingEntries() {
        return pendingEntries;
    }

    /** The pending entries in order; valid until the queue next changes. */
    List<Entry> inOrder() {
        boolean dropped = dropStarted();
        if (qosPreempts != null && (dropped || !sorted) && preemptorsWaitWithPreemptees()) {
            // no total order: the outcome depends on what is sorted, from which order, and how
            Arrays.sort(entries, 0, size, jobList);
            mergeSortByRecord();
            mergeSorted = true;
        } else if (!sorted || (dropped && mergeSorted)) {
            Arrays.sort(entries, 0, size, total); // what a non-total order left may not be in this one's order
            mergeSorted = false;
        }
        sorted = true;
        return Arrays.asList(entries).subList(0, size);
    }

    /**
     * Merge-sorts the entries, in job-list order, as slurmctld sorts its queue records: an array's
     * waiting tasks are one record, with one entry per partition, so only the first task's entry
     * there is sorted, and the others follow it in index order. With no total order, how many
     * entries are sorted changes where each ends.
     */
    private void mergeSortByRecord() {
        Entry[] heads = new Entry[size];
        int[] followers = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            Entry e = entries[i];
            Entry head = count > 0 ? heads[count - 1] : null;
            if (head != null && e.job.unstartedArray != null && head.job.unstartedArray == e.job.unstartedArray
                    && head.partition() == e.partition()) {
                followers[count - 1]++;
            } else {
                heads[count++] = e;
            }
        }
        if (count == size) {
            QsortMerge.sort(entries, 0, size, order);
            return;
        }
        Entry[] grouped = Arrays.copyOf(entries, size);
        int[] groupStart = new int[count];
        for (int g = 0, i = 0; g < count; i += followers[g] + 1, g++) {
            groupStart[g] = i;
        }
        Integer[] byHead = new Integer[count];
        for (int g = 0; g < count; g++) {
            byHead[g] = g;
        }
        QsortMerge.sort(byHead, 0, count, (a, b) -> order.compare(heads[a], heads[b]));
        int k = 0;
        for (Integer g : byHead) {
            for (int j = 0; j <= followers[g]; j++) {
                entries[k++] = grouped[groupStart[g] + j];
            }
        }
    }

    /** Drops the entries of jobs no longer pending; returns whether there were any. */
    private boolean dropStarted() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (entries[i].job.pending()) {
                entries[kept++] = entries[i];
            }
        }
        Arrays.fill(entries, kept, size, null);
        boolean dropped = kept < size;
        size = kept;
        return dropped;
    }

    /** The pending jobs, each once, in no particular order. */
    List<SlurmJob> jobs() {
        List<SlurmJob> jobs = new ArrayList<>(pendingJobs);
        for (int i = 0; i < size; i++) {
            if (entries[i].job.pending() && entries[i].slot == 0) {
                jobs.add(entries[i].job);
            }
        }
        return jobs;
    }
}
