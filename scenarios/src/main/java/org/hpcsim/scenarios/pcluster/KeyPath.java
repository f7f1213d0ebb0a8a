package org.hpcsim.scenarios.pcluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in the configuration, as ParallelCluster's own documentation names it:
 * {@code Scheduling.SlurmQueues[0].ComputeResources[1].MinCount}.
 *
 * @param segments the keys (String) and list positions (Integer) from the top of the document
 */
public record KeyPath(List<Object> segments) {
    /** The top of the document. */
    public static final KeyPath ROOT = new KeyPath(List.of());

    /** Copies the segments. */
    public KeyPath {
        segments = List.copyOf(segments);
    }

    /** The path of {@code key} in the mapping at this path. */
    public KeyPath key(String key) {
        return append(key);
    }

    /** The path of item {@code index} of the list at this path. */
    public KeyPath index(int index) {
        return append(index);
    }

    /** Whether this path is {@code prefix} or lies below it. */
    public boolean startsWith(KeyPath prefix) {
        return segments.size() >= prefix.segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    private KeyPath append(Object segment) {
        List<Object> s = new ArrayList<>(segments);
        s.add(segment);
        return new KeyPath(s);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(s);
            }
        }
        return sb.length() == 0 ? "(top level)" : sb.toString();
    }
}
