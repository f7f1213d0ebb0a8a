package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;

/**
 * The resources of one cluster by index: cpu (millicores) and memory (bytes) first, then extended
 * resources ({@code nvidia.com/gpu}, {@code nvidia.com/mig-1g.10gb}, ...) in the order first named.
 * Quantities everywhere else are {@code long[]} indexed by these numbers.
 */
public final class ResourceNames {
    /** Index of cpu, in millicores. */
    public static final int CPU = 0;
    /** Index of memory, in bytes. */
    public static final int MEMORY = 1;

    private final List<String> names = new ArrayList<>(List.of("cpu", "memory"));

    /** The index of {@code name}, added if new. */
    public int indexOf(String name) {
        int i = names.indexOf(name);
        if (i >= 0) {
            return i;
        }
        names.add(name);
        return names.size() - 1;
    }

    /** The index of {@code name}, or -1 when no node or pod has named it. */
    public int find(String name) {
        return names.indexOf(name);
    }

    /** Resources known. */
    public int size() {
        return names.size();
    }

    /** The name of resource {@code i}. */
    public String name(int i) {
        return names.get(i);
    }
}
