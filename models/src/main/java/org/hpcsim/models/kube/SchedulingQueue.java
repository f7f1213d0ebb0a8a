package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.QueuedPod.Place;

/**
 * kube-scheduler's scheduling queue (pkg/scheduler/backend/queue): activeQ in PrioritySort order,
 * backoffQ by end of backoff, and the pool of unschedulable pods that waits for a cluster event or
 * for podMaxInUnschedulablePodsDuration. Times are passed in, so the queue owns no clock.
 *
 * <p>What it keeps of upstream: a pop counts an attempt and a scheduling cycle; a failed pod's
 * timestamp becomes the time of the failure, and it backs off from then for
 * {@link SchedulerTiming#backoff} of its attempts; it is parked as unschedulable unless a move
 * request came while it was in its cycle (moveRequestCycle), in which case it goes to backoffQ; a
 * move sends each parked pod to backoffQ if its backoff is not over, else to activeQ. Go's map
 * order for the parked pods becomes creation order here, and equal heap keys fall back to it.
 */
final class SchedulingQueue {
    /** PrioritySort: higher priority first, then the older timestamp; creation order settles ties. */
    static final Comparator<QueuedPod> ACTIVE_ORDER = (a, b) -> {
        if (a.priority() != b.priority()) {
            return a.priority() > b.priority() ? -1 : 1;
        }
        if (a.timestamp != b.timestamp) {
            return a.timestamp < b.timestamp ? -1 : 1;
        }
        return Long.compare(a.seq, b.seq);
    };

    private final SchedulerTiming timing;
    private final PriorityQueue<QueuedPod> active = new PriorityQueue<>(ACTIVE_ORDER);
    private final PriorityQueue<QueuedPod> backoff;
    private final TreeSet<QueuedPod> unschedulable = new TreeSet<>(Comparator.comparingLong(p -> p.seq));
    private long schedulingCycle;
    private long moveRequestCycle = -1;

    /** An empty queue with {@code timing}'s backoffs. */
    SchedulingQueue(SchedulerTiming timing) {
        this.timing = timing;
        // With the ordering window, pods of one window leave backoffQ in activeQ's order (KEP-5142).
        this.backoff = new PriorityQueue<>((a, b) -> {
            long ea = backoffExpiry(a);
            long eb = backoffExpiry(b);
            return ea != eb ? Long.compare(ea, eb) : ACTIVE_ORDER.compare(a, b);
        });
    }

    /** A new pod (Add): it joins activeQ stamped with its creation time. */
    void add(QueuedPod pod, long now) {
        pod.timestamp = now;
        toActive(pod);
    }

    /** Whether a pop would return a pod. */
    boolean canPop() {
        return !active.isEmpty() || (timing.popFromBackoffQ() && !backoff.isEmpty());
    }

    /**
     * The head of activeQ, or with SchedulerPopFromBackoffQ the head of backoffQ when activeQ is
     * empty, backoff over or not; null when neither has a pod. Counts an attempt and a cycle.
     */
    QueuedPod pop() {
        QueuedPod pod = active.poll();
        if (pod == null && timing.popFromBackoffQ()) {
            pod = backoff.poll();
        }
        if (pod == null) {
            return null;
        }
        pod.attempts++;
        pod.cycle = ++schedulingCycle;
        pod.backoffExpiry = Long.MIN_VALUE;
        pod.place = Place.IN_FLIGHT;
        return pod;
    }

    /**
     * A popped pod no node could take (AddUnschedulableIfNotPresent), at {@code now}: parked, or
     * sent to backoffQ when a cluster event came during its cycle, since that event may have helped.
     */
    void failed(QueuedPod pod, long now) {
        pod.timestamp = now;
        pod.backoffExpiry = Long.MIN_VALUE;
        if (moveRequestCycle >= pod.cycle) {
            requeue(pod, now);
        } else {
            pod.place = Place.UNSCHEDULABLE;
            unschedulable.add(pod);
        }
    }

    /**
     * A popped pod PostFilter nominated a node for, its victims deleted at {@code now}: back to
     * activeQ at once rather than parked until the deletions' events move it, stamped as a failure.
     */
    void nominated(QueuedPod pod, long now) {
        pod.timestamp = now;
        pod.backoffExpiry = Long.MIN_VALUE;
        toActive(pod);
    }

    /** A cluster event that may make any parked pod schedulable (a pod deleted, a node added). */
    void moveAll(long now) {
        moveIf(p -> true, now);
    }

    /** A cluster event that may help only the parked pods {@code worthIt} selects (an assigned pod added). */
    void moveIf(Predicate<QueuedPod> worthIt, long now) {
        moveRequestCycle = schedulingCycle;
        move(worthIt, now);
    }

    /**
     * AssignedPodAdded: a bound pod can help only parked pods whose hard spread constraints count
     * its group (upstream also moves pods whose inter-pod affinity matches; pods here have none).
     */
    void assignedPodAdded(PodSpec bound, long now) {
        if (bound.group().isEmpty() || unschedulable.isEmpty()) {
            return;
        }
        moveIf(p -> {
            for (SpreadConstraint c : p.spec.spread()) {
                if (c.hard() && c.group().equals(bound.group())) {
                    return true;
                }
            }
            return false;
        }, now);
    }

    /** flushBackoffQCompleted: pods whose backoff is over join activeQ. */
    void flushBackoffCompleted(long now) {
        while (!backoff.isEmpty() && !backingOff(backoff.peek(), now)) {
            toActive(backoff.poll());
        }
    }

    /** flushUnschedulablePodsLeftover: pods parked longer than podMaxInUnschedulablePodsDuration move. */
    void flushLeftover(long now) {
        long limit = timing.maxInUnschedulable();
        Predicate<QueuedPod> stale = p -> now - p.timestamp > limit;
        boolean any = false;
        for (QueuedPod p : unschedulable) {
            any |= stale.test(p);
        }
        // Upstream counts it as a move request only when some pod moves.
        if (any) {
            moveIf(stale, now);
        }
    }

    private void move(Predicate<QueuedPod> worthIt, long now) {
        if (unschedulable.isEmpty()) {
            return;
        }
        List<QueuedPod> moving = new ArrayList<>();
        for (QueuedPod p : unschedulable) {
            if (worthIt.test(p)) {
                moving.add(p);
            }
        }
        for (QueuedPod p : moving) {
            unschedulable.remove(p);
            requeue(p, now);
        }
    }

    /** requeuePodWithQueueingStrategy(queueAfterBackoff): backoffQ while backing off, else activeQ. */
    private void requeue(QueuedPod pod, long now) {
        if (backingOff(pod, now)) {
            pod.place = Place.BACKOFF;
            backoff.add(pod);
        } else {
            toActive(pod);
        }
    }

    private void toActive(QueuedPod pod) {
        pod.place = Place.ACTIVE;
        active.add(pod);
    }

    /** When {@code pod}'s backoff ends: its timestamp plus the backoff of its attempts, truncated to the window. */
    long backoffExpiry(QueuedPod pod) {
        if (pod.attempts == 0) {
            return Long.MIN_VALUE;
        }
        if (pod.backoffExpiry == Long.MIN_VALUE) {
            pod.backoffExpiry = window(pod.timestamp + timing.backoff(pod.attempts));
        }
        return pod.backoffExpiry;
    }

    /** isPodBackingoff: with the ordering window, a pod backs off until its window is over. */
    boolean backingOff(QueuedPod pod, long now) {
        long expiry = backoffExpiry(pod);
        return timing.popFromBackoffQ() ? expiry >= window(now) : expiry > now;
    }

    private long window(long t) {
        return timing.popFromBackoffQ() ? Math.floorDiv(t, SimTime.SECOND) * SimTime.SECOND : t;
    }

    /** Takes {@code pod} out of whichever queue holds it (its job is gone); a pod in none is left as it is. */
    void remove(QueuedPod pod) {
        switch (pod.place) {
            case ACTIVE -> active.remove(pod);
            case BACKOFF -> backoff.remove(pod);
            case UNSCHEDULABLE -> unschedulable.remove(pod);
            default -> { }
        }
    }

    /** Pods in activeQ. */
    int activeCount() {
        return active.size();
    }

    /** Pods in backoffQ. */
    int backoffCount() {
        return backoff.size();
    }

    /** Parked unschedulable pods. */
    int unschedulableCount() {
        return unschedulable.size();
    }

    /** Whether every parked pod was last tried against node table version {@code version}. */
    boolean allTriedAt(long version) {
        for (QueuedPod p : unschedulable) {
            if (p.triedAtVersion != version) {
                return false;
            }
        }
        return true;
    }

    /** The parked pods, in creation order. */
    Iterable<QueuedPod> parked() {
        return unschedulable;
    }
}
