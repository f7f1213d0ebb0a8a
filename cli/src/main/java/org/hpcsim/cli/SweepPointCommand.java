package org.hpcsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hpcsim.cli.sweep.PointRunner;
import org.hpcsim.reports.sweep.PointResultFiles;
import org.hpcsim.scenarios.run.SharedTraces;
import org.hpcsim.scenarios.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one point of a sweep: what each task of a Slurm job array or Kubernetes Indexed Job does. */
@Command(name = "sweep-point", mixinStandardHelpOptions = true,
        description = {"Run one point of a sweep (all its replications) and write its result to"
                + " RESULTS/point-NNNNNN.json (written whole or not at all).",
                "Without --index the point is the task's index: SLURM_ARRAY_TASK_ID, else JOB_COMPLETION_INDEX."})
final class SweepPointCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML).")
    Path sweepFile;

    @Option(names = "--index", paramLabel = "I", description = "The point's index, from 0.")
    Integer index;

    @Option(names = "--results", paramLabel = "DIR", required = true, description = "The study's points folder.")
    Path results;

    @Option(names = "--skip-done", description = "Do nothing when the point already has a result of this sweep"
            + " definition (a retried task, or a Kubernetes Job over every point of a resumed study).")
    boolean skipDone;

    @Override
    public Integer call() {
        SweepSpec sweep = SweepCommand.load(sweepFile);
        int i = index != null ? index : indexFromEnvironment();
        if (i < 0 || i >= sweep.points().size()) {
            throw new BadFlagException("--index: " + i + " is not a point of " + sweepFile + " (it has points 0 to "
                    + (sweep.points().size() - 1) + ")");
        }
        PointResultFiles files = new PointResultFiles(results);
        if (skipDone && files.has(i, sweep.fingerprint())) {
            return ExitCodes.OK;
        }
        files.write(new PointRunner(sweep, new SharedTraces()).run(i));
        return ExitCodes.OK;
    }

    private static int indexFromEnvironment() {
        for (String name : new String[] {"SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"}) {
            String v = System.getenv(name);
            if (v != null) {
                try {
                    return Integer.parseInt(v.trim());
                } catch (NumberFormatException e) {
                    throw new BadFlagException(name + ": expected a whole number, got '" + v + "'");
                }
            }
        }
        throw new BadFlagException("--index is required outside a Slurm array task or Kubernetes Indexed Job"
                + " (neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set)");
    }
}
