package org.hpcsim.scenarios.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.sweep.SweepParameter;

/** Turns a search dimension marked monotone into the whole numbers bisection searches. */
final class MonotoneLevels {
    private MonotoneLevels() {}

    /**
     * The dimension's values in increasing order: its listed values, or every whole number of its
     * interval (a range without a step). {@code at} names the dimension in messages.
     */
    static MonotoneDimension of(String at, SweepParameter p, int maxLevels) {
        String where = at + " (" + p.name() + ")";
        List<Long> levels = new ArrayList<>();
        if (p.discrete()) {
            for (JsonNode v : p.levels()) {
                if (!v.isNumber() || !isWhole(v.asDouble())) {
                    throw new ScenarioException(where + ": a monotone dimension is searched by bisection over whole"
                            + " numbers, got " + v + "; give whole numbers, or leave out monotone to search the"
                            + " values as a grid");
                }
                levels.add(v.asLong());
            }
            levels.sort(null);
            for (int i = 1; i < levels.size(); i++) {
                if (levels.get(i).equals(levels.get(i - 1))) {
                    throw new ScenarioException(where + ": the value " + levels.get(i) + " is listed twice; list each"
                            + " value once");
                }
            }
        } else {
            if (!isWhole(p.from()) || !isWhole(p.to())) {
                throw new ScenarioException(where + ": a monotone range needs whole numbers from and to (bisection"
                        + " searches the whole numbers between them), got from " + p.from() + ", to " + p.to());
            }
            long count = (long) p.to() - (long) p.from() + 1;
            if (count > maxLevels) {
                throw new ScenarioException(where + ": the range holds " + count + " whole numbers; at most "
                        + maxLevels + " are allowed (give range.step to search fewer)");
            }
            for (long v = (long) p.from(); v <= (long) p.to(); v++) {
                levels.add(v);
            }
        }
        return new MonotoneDimension(p.path(), p.name(), levels);
    }

    private static boolean isWhole(double v) {
        return Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15;
    }
}
