package org.hpcsim.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.hpcsim.reports.data.JobRow;

/**
 * Groups (partitions, users, accounts) in table order, capped: the first groups each on a line,
 * one line for all the rest, and one for everything.
 *
 * @param top         the first groups, in table order
 * @param others      the groups past the limit taken together, when there are any
 * @param otherGroups how many groups {@code others} holds
 * @param all         every group taken together
 * @param groups      how many groups there are in all
 * @param <R>         a line of the table
 */
record GroupTable<R>(List<R> top, Optional<R> others, int otherGroups, R all, int groups) {
    /** How many groups a table lists on their own lines before summing the rest. */
    static final int LIMIT = 50;

    private static final Comparator<GroupRow> ORDER = Comparator.comparingDouble((GroupRow r) -> r.coreHours()).reversed()
            .thenComparing(GroupRow::name);

    /**
     * The table of {@code jobs} grouped by {@code key}, largest by core-hours first (ties by name),
     * with at most {@code limit} groups on their own lines.
     */
    static GroupTable<GroupRow> of(List<JobRow> jobs, Function<JobRow, String> key, int limit) {
        double total = 0;
        // A sorted map keeps each group's jobs in file order and the groups in one fixed order, so
        // the sums (and so the page) come out the same on every run.
        Map<String, List<JobRow>> byName = new TreeMap<>();
        for (JobRow j : jobs) {
            total += GroupRow.coreHours(j);
            String name = key.apply(j);
            byName.computeIfAbsent(name == null ? "" : name, k -> new ArrayList<>()).add(j);
        }
        double sum = total;
        List<GroupRow> rows = new ArrayList<>(byName.size());
        for (Map.Entry<String, List<JobRow>> e : byName.entrySet()) {
            rows.add(GroupRow.of(e.getKey(), e.getValue(), sum));
        }
        rows.sort(ORDER);
        // The rest's line is made from their jobs, not their lines: a percentile does not add up.
        return capped(rows, GroupRow.of("", jobs, sum), limit, rest -> {
            List<JobRow> restJobs = new ArrayList<>();
            for (GroupRow r : rest) {
                restJobs.addAll(byName.get(r.name()));
            }
            return GroupRow.of("", restJobs, sum);
        });
    }

    /**
     * The table of {@code rows}, already in table order, with at most {@code limit} on their own
     * lines; {@code rest} makes the one line of the rows past the limit.
     */
    static <R> GroupTable<R> capped(List<R> rows, R all, int limit, Function<List<R>, R> rest) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (rows.size() <= limit) {
            return new GroupTable<>(List.copyOf(rows), Optional.empty(), 0, all, rows.size());
        }
        return new GroupTable<>(List.copyOf(rows.subList(0, limit)),
                Optional.of(rest.apply(rows.subList(limit, rows.size()))), rows.size() - limit, all, rows.size());
    }
}
