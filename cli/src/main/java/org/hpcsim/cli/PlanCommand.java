package org.hpcsim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hpcsim.cli.plan.PlanSearch;
import org.hpcsim.reports.charts.PlanChart;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.plan.PlanOutputs;
import org.hpcsim.reports.plan.PlanResult;
import org.hpcsim.reports.plan.PlanText;
import org.hpcsim.reports.sweep.SweepCsvWriter;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.plan.MonotoneDimension;
import org.hpcsim.scenarios.plan.PlanConstraint;
import org.hpcsim.scenarios.plan.PlanLoader;
import org.hpcsim.scenarios.plan.PlanSpec;
import org.hpcsim.scenarios.run.SharedTraces;
import org.hpcsim.scenarios.sweep.SweepParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Capacity planning as a search: the best objective under constraints met with 95% confidence. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Capacity planning as a search: the best objective (least cost, say) whose constraints (p95"
                + " wait <= 1 h, say) hold with 95%% confidence over its replications.",
                "The monotone dimension of the plan file (more of it only helps, such as nodes) is bisected for its"
                        + " smallest feasible value; the other dimensions are searched as a grid.",
                "Prints the recommendation with its margins and writes OUT/plan.json, OUT/plan.csv and charts in"
                        + " OUT/charts/. Exits with 1 when no point meets the constraints (the files are still"
                        + " written)."})
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan file (YAML).")
    Path planFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads running simulations (default: the cores of this machine).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/NAME).")
    Path out;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(planFile)) {
            throw new InputNotFoundException(planFile + ": no such plan file");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new BadFlagException("--threads: must be 1 or more, got " + n);
        }
        List<String> keys = new ArrayList<>();
        for (HeadlineMetric m : HeadlineMetric.values()) {
            keys.add(m.key());
        }
        PlanSpec plan = new PlanLoader(keys).load(planFile);
        Path dir = out != null ? out : Path.of("out", plan.name());
        PrintWriter w = spec.commandLine().getOut();
        w.println(header(plan));
        w.flush();
        PrintStream terminal = System.console() != null ? System.err : null;
        PlanResult result = new PlanSearch(plan, PlanSearch.simulations(plan, new SharedTraces()), n,
                done -> progress(terminal, done)).run();
        if (terminal != null) {
            terminal.print("\r\u001b[K");
            terminal.flush();
        }
        List<String> files = new ArrayList<>(PlanOutputs.write(dir, result, description(plan)));
        for (Path f : PlanChart.write(result, dir.resolve("charts"))) {
            files.add("charts/" + f.getFileName());
        }
        w.print(PlanText.render(result));
        w.printf("evaluated %d points (%d runs); wrote %s to %s%n", result.evaluations().size(), result.runs(),
                String.join(", ", files), dir);
        w.flush();
        if (result.recommended() == null) {
            System.err.println("hpcsim: " + planFile + ": no point meets every constraint with 95% confidence (why:"
                    + " above and in " + dir.resolve("plan.json") + ")");
            return ExitCodes.NO_ANSWER;
        }
        if (result.recommendation().objective().n() == 0) {
            System.err.println("hpcsim: " + planFile + ": objective: " + plan.objective().metric() + " has no value"
                    + " in these runs (cost metrics need cluster.instanceType or cluster.pricing)");
            return ExitCodes.DATA;
        }
        return ExitCodes.OK;
    }

    private static synchronized void progress(PrintStream terminal, int done) {
        if (terminal != null) {
            terminal.print("\rplan: " + done + " points evaluated\u001b[K");
            terminal.flush();
        }
    }

    /** The plan in a line: what is searched how, and how many runs a point costs. */
    static String header(PlanSpec plan) {
        StringBuilder sb = new StringBuilder("plan ").append(plan.name()).append(": ")
                .append(plan.objective().direction()).append(' ').append(plan.objective().metric())
                .append(" such that");
        for (PlanConstraint c : plan.constraints()) {
            sb.append(' ').append(c.metric()).append(' ').append(c.relation()).append(' ')
                    .append(SweepCsvWriter.number(c.limit())).append(',');
        }
        sb.setLength(sb.length() - 1);
        sb.append("; ").append(plan.combinations()).append(plan.combinations() == 1 ? " combination" : " combinations");
        MonotoneDimension m = plan.monotone();
        if (m != null) {
            int most = 1 + (int) Math.ceil(Math.log(m.size()) / Math.log(2));
            sb.append(" x bisection of ").append(m.name()).append(" over ").append(m.value(0)).append("..")
                    .append(m.value(m.size() - 1)).append(" (").append(m.size()).append(" values, at most ")
                    .append(most).append(" points each)");
        }
        return sb.append("; ").append(plan.replications()).append(plan.replications() == 1 ? " replication"
                : " replications").append(" per point").toString();
    }

    /** What plan.json says about the plan besides its results. */
    static Map<String, Object> description(PlanSpec plan) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("replications", plan.replications());
        d.put("seed", plan.seed());
        d.put("seeds", plan.commonSeeds() ? "common" : "independent");
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put(plan.objective().direction(), plan.objective().metric());
        d.put("objective", objective);
        List<Object> constraints = new ArrayList<>();
        for (PlanConstraint c : plan.constraints()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", c.metric());
            m.put(c.kind(), c.limit());
            constraints.add(m);
        }
        d.put("constraints", constraints);
        List<Object> search = new ArrayList<>();
        for (SweepParameter p : plan.grid()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("path", p.path().text());
            m.put("method", "grid");
            m.put("values", p.levels().stream().map(v -> v.isValueNode() ? v.asText() : v.toString()).toList());
            search.add(m);
        }
        MonotoneDimension mono = plan.monotone();
        if (mono != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", mono.name());
            m.put("path", mono.path().text());
            m.put("method", "bisection");
            m.put("from", mono.value(0));
            m.put("to", mono.value(mono.size() - 1));
            m.put("values", mono.size());
            search.add(m);
        }
        d.put("search", search);
        return d;
    }
}
