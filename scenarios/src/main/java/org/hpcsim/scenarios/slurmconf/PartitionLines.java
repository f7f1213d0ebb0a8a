package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns PartitionName lines into {@link Partition}s, PartitionName=DEFAULT lines adding to the
 * defaults of the lines after them; node names are resolved once every NodeName line is read,
 * since {@code Nodes=ALL} means every node of the file; internal to the reader.
 */
final class PartitionLines {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("nodes", "nodes"), Map.entry("default", "default"),
            Map.entry("prioritytier", "prioritytier"), Map.entry("priorityjobfactor", "priorityjobfactor"),
            Map.entry("priority", "priority"), Map.entry("maxtime", "maxtime"), Map.entry("defaulttime", "defaulttime"),
            Map.entry("maxnodes", "maxnodes"), Map.entry("minnodes", "minnodes"),
            Map.entry("maxcpuspernode", "maxcpuspernode"), Map.entry("state", "state"),
            Map.entry("oversubscribe", "oversubscribe"), Map.entry("shared", "oversubscribe"),
            Map.entry("preemptmode", "preemptmode"), Map.entry("qos", "qos"),
            Map.entry("allowaccounts", "allowaccounts"), Map.entry("allowqos", "allowqos"),
            Map.entry("denyaccounts", "denyaccounts"), Map.entry("denyqos", "denyqos"),
            Map.entry("allowgroups", "allowgroups"),
            Map.entry("exclusiveuser", "exclusiveuser"), Map.entry("hidden", "hidden"),
            Map.entry("defmempercpu", "defmempercpu"), Map.entry("maxmempercpu", "maxmempercpu"),
            Map.entry("maxmempernode", "maxmempernode"), Map.entry("defcpupergpu", "defcpupergpu"),
            Map.entry("tresbillingweights", "tresbillingweights"), Map.entry("gracetime", "gracetime"));
    /** slurm.conf(5), 22.05, PriorityTier and PriorityJobFactor: "The value may not exceed 65533." */
    private static final int MAX_PRIORITY = 65_533;
    /** What slurmctld 22.05.8 shows for a partition that sets neither PriorityTier nor PriorityJobFactor. */
    private static final int DEFAULT_PRIORITY = 1;

    private final Map<String, ConfPair> defaults = new HashMap<>();
    private final Map<String, Map<String, ConfPair>> lines = new LinkedHashMap<>();
    private final List<IgnoredKey> ignored;

    PartitionLines(List<IgnoredKey> ignored) {
        this.ignored = ignored;
    }

    void add(ConfLine line) {
        ConfPair nameKey = line.first();
        Map<String, ConfPair> keys = new HashMap<>();
        for (ConfPair p : line.pairs().subList(1, line.pairs().size())) {
            String key = KEYS.get(p.lowerKey());
            if (key == null) {
                ignored.add(new IgnoredKey(p.key(), "PartitionName", p.at()));
            } else {
                keys.put(key, p);
            }
        }
        if (nameKey.value().equalsIgnoreCase("DEFAULT")) {
            defaults.putAll(keys);
            return;
        }
        if (nameKey.value().isEmpty()) {
            throw nameKey.bad("names no partition", "PartitionName=NAME");
        }
        Map<String, ConfPair> earlier = lines.get(nameKey.value());
        if (earlier != null) {
            throw nameKey.at().error("partition " + nameKey.value() + " is defined again (first at "
                    + earlier.get("partitionname").at() + "; each partition has one line)");
        }
        Map<String, ConfPair> merged = new HashMap<>(defaults);
        merged.putAll(keys);
        merged.put("partitionname", nameKey);
        lines.put(nameKey.value(), merged);
    }

    /** The partitions in file order, their node names checked against the nodes and node sets defined. */
    List<Partition> build(List<Node> nodes, NodeSets nodeSets) {
        // slurmctld 22.05.8 keeps only the last Default=YES ("changing default partition from pa to pb")
        // and shows the earlier ones as Default=NO.
        String lastDefault = null;
        for (Map<String, ConfPair> keys : lines.values()) {
            if (flag(keys, "default")) {
                lastDefault = keys.get("partitionname").value();
            }
        }
        List<Partition> partitions = new ArrayList<>();
        for (Map<String, ConfPair> keys : lines.values()) {
            partitions.add(build(keys, nodes, nodeSets, keys.get("partitionname").value().equals(lastDefault)));
        }
        return List.copyOf(partitions);
    }

    private static Partition build(Map<String, ConfPair> k, List<Node> nodes, NodeSets nodeSets, boolean isDefault) {
        ConfPair nameKey = k.get("partitionname");
        ConfPair nodesKey = k.get("nodes");
        int priority = k.containsKey("priority") ? (int) ConfValues.number(k.get("priority"), 0, MAX_PRIORITY)
                : DEFAULT_PRIORITY;
        TimeLimit maxTime = k.containsKey("maxtime") ? ConfValues.time(k.get("maxtime")) : TimeLimit.UNLIMITED;
        if (maxTime.minutesRoundedUp().map(m -> m == 0).orElse(false)) {
            // slurmctld takes MaxTime=0 and then runs no job with a time limit in the partition.
            throw k.get("maxtime").bad("leaves no time to any job", "at least 1 minute, or UNLIMITED");
        }
        Optional<TimeLimit> defaultTime = Optional.ofNullable(k.get("defaulttime")).map(ConfValues::time);
        checkDefaultTime(k.get("defaulttime"), defaultTime, maxTime);
        return new Partition(nameKey.value(),
                nodesKey == null ? "" : nodesKey.value(),
                nodesKey == null ? List.of() : nodeSets.resolve(nodesKey, nodes),
                isDefault,
                k.containsKey("prioritytier") ? (int) ConfValues.number(k.get("prioritytier"), 0, MAX_PRIORITY) : priority,
                k.containsKey("priorityjobfactor") ? (int) ConfValues.number(k.get("priorityjobfactor"), 0, MAX_PRIORITY)
                        : priority,
                maxTime, defaultTime,
                count(k.get("maxnodes"), 0),
                k.containsKey("minnodes") ? (int) ConfValues.number(k.get("minnodes"), 0, Integer.MAX_VALUE) : 0,
                count(k.get("maxcpuspernode"), 1),
                k.containsKey("state") ? ConfValues.word(k.get("state"), PartitionState.class) : PartitionState.UP,
                overSubscribe(k.get("oversubscribe")),
                Optional.ofNullable(k.get("preemptmode")).map(PreemptMode::parse),
                Optional.ofNullable(k.get("qos")).map(ConfPair::value),
                k.containsKey("allowaccounts") ? ConfValues.list(k.get("allowaccounts")) : List.of(Partition.ALL),
                k.containsKey("allowqos") ? ConfValues.list(k.get("allowqos")) : List.of(Partition.ALL),
                k.containsKey("denyaccounts") ? ConfValues.list(k.get("denyaccounts")) : List.of(),
                k.containsKey("denyqos") ? ConfValues.list(k.get("denyqos")) : List.of(),
                k.containsKey("allowgroups") ? ConfValues.list(k.get("allowgroups")) : List.of(Partition.ALL),
                flag(k, "exclusiveuser"), flag(k, "hidden"),
                megabytes(k.get("defmempercpu")), megabytes(k.get("maxmempercpu")), megabytes(k.get("maxmempernode")),
                k.containsKey("defcpupergpu")
                        ? OptionalInt.of((int) ConfValues.number(k.get("defcpupergpu"), 0, Integer.MAX_VALUE))
                        : OptionalInt.empty(),
                Optional.ofNullable(k.get("tresbillingweights")).map(ConfPair::value),
                // slurm.conf(5), 22.05, GraceTime: seconds, "The default value is zero"; a 32-bit count.
                k.containsKey("gracetime") ? ConfValues.number(k.get("gracetime"), 0, 0xFFFF_FFFFL) : 0,
                nameKey.at());
    }

    /** slurmctld 22.05.8 drops a DefaultTime longer than MaxTime ("DefaultTime exceeds MaxTime"); refuse it instead. */
    private static void checkDefaultTime(ConfPair p, Optional<TimeLimit> defaultTime, TimeLimit maxTime) {
        if (defaultTime.isEmpty() || maxTime.unlimited()) {
            return;
        }
        long max = maxTime.minutesRoundedUp().orElseThrow();
        boolean longer = defaultTime.get().minutesRoundedUp().map(d -> d > max).orElse(true);
        if (longer) {
            throw p.bad("is longer than MaxTime", "at most MaxTime, " + max + " minutes");
        }
    }

    private static OverSubscribe overSubscribe(ConfPair p) {
        if (p == null) {
            return OverSubscribe.NO;
        }
        try {
            return OverSubscribe.parse(p.value());
        } catch (IllegalArgumentException e) {
            throw p.bad("is not known", e.getMessage());
        }
    }

    private static boolean flag(Map<String, ConfPair> k, String key) {
        return k.containsKey(key) && ConfValues.yesNo(k.get(key));
    }

    private static OptionalInt count(ConfPair p, int min) {
        if (p == null) {
            return OptionalInt.empty();
        }
        OptionalLong n = ConfValues.numberOrUnlimited(p, min, Integer.MAX_VALUE);
        return n.isPresent() ? OptionalInt.of((int) n.getAsLong()) : OptionalInt.empty();
    }

    private static OptionalLong megabytes(ConfPair p) {
        return p == null ? OptionalLong.empty() : OptionalLong.of(ConfValues.megabytes(p));
    }
}
