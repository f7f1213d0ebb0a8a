package org.hpcsim.cli.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.sweep.PointResult;
import org.hpcsim.reports.sweep.PointResultFiles;
import org.hpcsim.reports.sweep.SweepTable;
import org.hpcsim.scenarios.sweep.SweepParameter;
import org.hpcsim.scenarios.sweep.SweepSpec;

/** A sweep and the folder of its point results: what is done, what is left, and the merged table. */
public final class Study {
    private final SweepSpec sweep;
    private final PointResultFiles results;

    /** The study of {@code sweep} whose point results live in {@code resultsDir}. */
    public Study(SweepSpec sweep, Path resultsDir) {
        this.sweep = sweep;
        this.results = new PointResultFiles(resultsDir);
    }

    /** The sweep. */
    public SweepSpec sweep() {
        return sweep;
    }

    /** The point results' folder. */
    public PointResultFiles results() {
        return results;
    }

    /** The points without a result of this sweep definition, in index order. */
    public List<Integer> pending() {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < sweep.points().size(); i++) {
            if (!results.has(i, sweep.fingerprint())) {
                pending.add(i);
            }
        }
        return pending;
    }

    /** The merged table; files that do not belong (another definition) are named in {@code skipped}. */
    public SweepTable table(List<String> skipped) {
        Map<Integer, PointResult> read = results.read(sweep.fingerprint(), sweep.points().size(), skipped);
        List<String> names = new ArrayList<>();
        for (SweepParameter p : sweep.parameters()) {
            names.add(p.name());
        }
        return SweepTable.of(sweep.name(), names, sweep.points().size(), read);
    }

    /** What sweep.json says about the study besides its results. */
    public Map<String, Object> description() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("fingerprint", sweep.fingerprint());
        d.put("sampling", sweep.sampling().word());
        d.put("replications", sweep.replications());
        d.put("seed", sweep.seed());
        d.put("seeds", sweep.commonSeeds() ? "common" : "independent");
        List<Object> params = new ArrayList<>();
        for (SweepParameter p : sweep.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("path", p.path().text());
            params.add(m);
        }
        d.put("parameters", params);
        return d;
    }
}
