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
 * Jobs grouped by one field (partition, user) and summed per group: the largest groups by
 * core-hours, one line for all the rest, and one for everything.
 *
 * @param top         the largest groups, by core-hours descending, ties by name
 * @param others      the groups past the limit taken together, when there are any
 * @param otherGroups how many groups {@code others} holds
 * @param all         every job
 * @param groups      how many groups there are in all
 */
record GroupTable(List<GroupRow> top, Optional<GroupRow> others, int otherGroups, GroupRow all, int groups) {
    /** How many groups a table lists on their own lines before summing the rest. */
    static final int LIMIT = 50;

    private static final Comparator<GroupRow> ORDER = Comparator.comparingDouble((GroupRow r) -> r.coreHours()).reversed()
            .thenComparing(GroupRow::name);

    /** The table of {@code jobs} grouped by {@code key}, with at most {@code limit} groups on their own lines. */
    static GroupTable of(List<JobRow> jobs, Function<JobRow, String> key, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        double total = 0;
        // A sorted map keeps each group's jobs in file order and the groups in one fixed order, so
        // the sums (and so the page) come out the same on every run.
        Map<String, List<JobRow>> byName = new TreeMap<>();
        for (JobRow j : jobs) {
            total += GroupRow.coreHours(j);
            String name = key.apply(j);
            byName.computeIfAbsent(name == null ? "" : name, k -> new ArrayList<>()).add(j);
        }
        List<GroupRow> rows = new ArrayList<>(byName.size());
        for (Map.Entry<String, List<JobRow>> e : byName.entrySet()) {
            rows.add(GroupRow.of(e.getKey(), e.getValue(), total));
        }
        rows.sort(ORDER);
        GroupRow all = GroupRow.of("", jobs, total);
        if (rows.size() <= limit) {
            return new GroupTable(List.copyOf(rows), Optional.empty(), 0, all, rows.size());
        }
        List<JobRow> rest = new ArrayList<>();
        for (GroupRow r : rows.subList(limit, rows.size())) {
            rest.addAll(byName.get(r.name()));
        }
        return new GroupTable(List.copyOf(rows.subList(0, limit)), Optional.of(GroupRow.of("", rest, total)),
                rows.size() - limit, all, rows.size());
    }
}
