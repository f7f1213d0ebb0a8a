package org.hpcsim.reports.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hpcsim.reports.data.JobRow;

/** Over random schedules that never exceed the cluster, the greedy assignment is always valid and order-free. */
class GanttAssignmentProperties {
    /** A capacity and jobs on integer times (so starts and ends often coincide) whose load never exceeds it. */
    record Schedule(int capacity, List<JobRow> jobs) {}

    @Provide
    Arbitrary<Schedule> schedules() {
        Arbitrary<int[]> candidate = Combinators.combine(Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 9))
                .as((start, length, units) -> new int[] {start, length, units});
        return Combinators.combine(Arbitraries.integers().between(1, 16), candidate.list().ofMaxSize(120))
                .as(GanttAssignmentProperties::admit);
    }

    // Keeps each candidate only if, with those kept so far, no instant holds more than capacity units.
    private static Schedule admit(int capacity, List<int[]> candidates) {
        List<JobRow> kept = new ArrayList<>();
        long id = 1;
        for (int[] c : candidates) {
            JobRow j = GanttChartTest.job(id, c[0], c[0] + c[1], Math.min(c[2], capacity));
            if (peak(kept, j) <= capacity) {
                kept.add(j);
                id++;
            }
        }
        return new Schedule(capacity, kept);
    }

    // Load only rises at a start, so checking the new job's start and every start inside it is enough.
    private static int peak(List<JobRow> kept, JobRow added) {
        int peak = 0;
        List<JobRow> all = new ArrayList<>(kept);
        all.add(added);
        for (JobRow at : all) {
            if (!overlaps(at, added) && at != added) {
                continue;
            }
            int load = 0;
            for (JobRow j : all) {
                if (j.start() <= at.start() && at.start() < j.end()) {
                    load += j.units();
                }
            }
            peak = Math.max(peak, load);
        }
        return peak;
    }

    // Half-open intervals: back-to-back jobs do not overlap, and a job of no length overlaps nothing.
    private static boolean overlaps(JobRow a, JobRow b) {
        return a.start() < a.end() && b.start() < b.end() && a.start() < b.end() && b.start() < a.end();
    }

    @Property
    void shouldNeverGiveOneUnitToTwoOverlappingJobs(@ForAll("schedules") Schedule s) {
        List<GanttAssignment.Placement> ps = GanttAssignment.assign(s.jobs(), s.capacity());
        for (int a = 0; a < ps.size(); a++) {
            for (int b = a + 1; b < ps.size(); b++) {
                if (overlaps(ps.get(a).job(), ps.get(b).job())) {
                    Set<Integer> shared = units(ps.get(a));
                    shared.retainAll(units(ps.get(b)));
                    if (!shared.isEmpty()) {
                        throw new AssertionError("jobs " + ps.get(a).job().id() + " and " + ps.get(b).job().id()
                                + " overlap and share units " + shared);
                    }
                }
            }
        }
    }

    @Property
    void shouldGiveEachJobExactlyItsUnitsWithinTheCluster(@ForAll("schedules") Schedule s) {
        List<GanttAssignment.Placement> ps = GanttAssignment.assign(s.jobs(), s.capacity());
        if (ps.size() != s.jobs().size()) {
            throw new AssertionError("placed " + ps.size() + " of " + s.jobs().size());
        }
        for (GanttAssignment.Placement p : ps) {
            Set<Integer> u = units(p);
            if (u.size() != p.job().units() || u.stream().anyMatch(x -> x < 0 || x >= s.capacity())) {
                throw new AssertionError("job " + p.job().id() + " got " + u + " for " + p.job().units() + " units");
            }
        }
    }

    @Property
    void shouldNotDependOnTheOrderOfTheList(@ForAll("schedules") Schedule s, @ForAll @IntRange(max = 1000) int seed) {
        List<JobRow> shuffled = new ArrayList<>(s.jobs());
        Collections.shuffle(shuffled, new Random(seed));
        List<GanttAssignment.Placement> a = GanttAssignment.assign(s.jobs(), s.capacity());
        List<GanttAssignment.Placement> b = GanttAssignment.assign(shuffled, s.capacity());
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).job().id() != b.get(i).job().id()
                    || !java.util.Arrays.equals(a.get(i).units(), b.get(i).units())) {
                throw new AssertionError("placement " + i + " differs after shuffling");
            }
        }
    }

    private static Set<Integer> units(GanttAssignment.Placement p) {
        Set<Integer> s = new HashSet<>();
        for (int u : p.units()) {
            s.add(u);
        }
        return s;
    }
}
