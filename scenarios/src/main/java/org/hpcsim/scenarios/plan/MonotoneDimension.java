package org.hpcsim.scenarios.plan;

import java.util.List;
import org.hpcsim.scenarios.sweep.ParameterPath;

/**
 * The dimension a plan searches by bisection: whole-number values in increasing order, more of
 * which only makes the constraints easier to meet (more nodes: shorter waits).
 *
 * @param path   where the value goes in the scenario
 * @param name   the dimension's name in outputs
 * @param levels the values, strictly increasing
 */
public record MonotoneDimension(ParameterPath path, String name, List<Long> levels) {
    /** Copies the levels. */
    public MonotoneDimension {
        levels = List.copyOf(levels);
    }

    /** The value at {@code level}. */
    public long value(int level) {
        return levels.get(level);
    }

    /** How many values there are. */
    public int size() {
        return levels.size();
    }
}
