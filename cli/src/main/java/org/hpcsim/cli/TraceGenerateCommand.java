package org.hpcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.reports.AtomicFile;
import org.hpcsim.scenarios.spec.GpuTrainingSpec;
import org.hpcsim.scenarios.spec.InvalidFieldException;
import org.hpcsim.scenarios.spec.LublinSpec;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.synthetic.SyntheticTrace;
import org.hpcsim.scenarios.trace.JobWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Generates a synthetic workload into a trace file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic workload (lublin, poisson, gpu-training) into an SWF or CSV file.")
final class TraceGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "lublin, poisson or gpu-training.")
    String model;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .swf or .csv.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Jobs (default ${DEFAULT-VALUE}).")
    int jobs = 10_000;

    @Option(names = "--nodes", paramLabel = "N", description = "Nodes of the machine the jobs are for (default ${DEFAULT-VALUE}).")
    int nodes = 128;

    @Option(names = "--cores-per-node", paramLabel = "C", description = "Cores per node (default ${DEFAULT-VALUE}).")
    int coresPerNode = 1;

    @Option(names = "--gpus-per-node", paramLabel = "G", description = "GPUs per node, for gpu-training (default ${DEFAULT-VALUE}).")
    int gpusPerNode = 8;

    @Option(names = "--load", paramLabel = "L",
            description = "Target offered load (default: lublin's own arrivals, 0.8 for the others).")
    Double load;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    public Integer call() {
        SyntheticSpec s;
        HomogeneousCluster cluster;
        try {
            switch (model) {
                case "lublin":
                    s = new LublinSpec(jobs, load == null ? 0 : load, 1);
                    cluster = new HomogeneousCluster(nodes, coresPerNode, AllocationUnit.CORE);
                    break;
                case "poisson":
                    s = PoissonSpec.defaults(jobs, load == null ? 0.8 : load);
                    cluster = new HomogeneousCluster(nodes, coresPerNode, AllocationUnit.CORE);
                    break;
                case "gpu-training":
                    s = new GpuTrainingSpec(jobs, load == null ? 0.8 : load, 8);
                    cluster = new HomogeneousCluster(nodes, Math.max(coresPerNode, 8 * gpusPerNode), gpusPerNode,
                            AllocationUnit.NODE);
                    break;
                default:
                    throw new BadFlagException("unknown model '" + model + "' (allowed: lublin, poisson, gpu-training)");
            }
        } catch (InvalidFieldException e) {
            throw new BadFlagException("--" + e.field() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadFlagException(e.getMessage());
        }
        long n;
        try (AtomicFile file = AtomicFile.open(out)) {
            n = SyntheticTrace.write(s, cluster, seed, file.stream(), JobWriter.formatOf(out.getFileName().toString()));
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + n + " " + model + " jobs to " + out);
        o.flush();
        return ExitCodes.OK;
    }
}
