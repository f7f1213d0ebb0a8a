package org.hpcsim.models.kube.kueue;

/**
 * Kueue's flavor assignment for one workload (upstream's pkg/scheduler/flavorassigner): the
 * ClusterQueue's flavors are tried in order, and the first where every requested resource fits
 * its quota is taken. A flavor where the workload fits only by borrowing is taken at once under
 * whenCanBorrow Borrow (the default), and one where it fits only by preempting is remembered and
 * later flavors tried under whenCanPreempt TryNextFlavor (the default); failing better, the best
 * remembered one is used. All resources of a workload come from one flavor: hpcsim puts every
 * resource in one resource group.
 */
final class FlavorAssigner {
    private FlavorAssigner() {}

    /** How a workload fits a flavor, best first. */
    enum Mode { FIT, BORROW, PREEMPT, NO_FIT }

    /** The flavor chosen (global index, -1 with NO_FIT) and how the workload fits it. */
    record Assignment(int flavor, Mode mode) {
        static final Assignment NONE = new Assignment(-1, Mode.NO_FIT);
    }

    static <T> Assignment assign(ClusterQueue<T> q, long[] req, int resources) {
        Assignment best = Assignment.NONE;
        for (int f : q.flavors) {
            Mode mode = mode(q, f, req, resources);
            if (mode == Mode.FIT || (mode == Mode.BORROW && !q.preemption.tryNextWhenBorrow())
                    || (mode == Mode.PREEMPT && !q.preemption.tryNextWhenPreempt())) {
                return new Assignment(f, mode);
            }
            if (mode.ordinal() < best.mode().ordinal()) {
                best = new Assignment(f, mode);
            }
        }
        return best;
    }

    /** How {@code req} fits flavor {@code f} of {@code q} now: the worst over the resources it asks for. */
    static <T> Mode mode(ClusterQueue<T> q, int f, long[] req, int resources) {
        Mode mode = Mode.FIT;
        for (int r = 0; r < resources; r++) {
            if (req[r] == 0) {
                continue;
            }
            int fr = f * resources + r;
            Mode m;
            if (!q.covered[fr]) {
                return Mode.NO_FIT;
            } else if (req[r] <= q.available(fr)) {
                m = q.usage[fr] + req[r] > q.nominal[fr] ? Mode.BORROW : Mode.FIT;
            } else if (req[r] <= q.nominal[fr]) {
                m = Mode.PREEMPT; // within nominal quota: evicting workloads could make room
            } else {
                return Mode.NO_FIT;
            }
            mode = m.ordinal() > mode.ordinal() ? m : mode;
        }
        return mode;
    }

    /** Whether {@code req} fits flavor {@code f} of {@code q} now, within nominal unless {@code allowBorrowing}. */
    static <T> boolean fits(ClusterQueue<T> q, int f, long[] req, int resources, boolean allowBorrowing) {
        for (int r = 0; r < resources; r++) {
            if (req[r] == 0) {
                continue;
            }
            int fr = f * resources + r;
            if (!q.covered[fr] || req[r] > q.available(fr)
                    || (!allowBorrowing && q.usage[fr] + req[r] > q.nominal[fr])) {
                return false;
            }
        }
        return true;
    }
}
