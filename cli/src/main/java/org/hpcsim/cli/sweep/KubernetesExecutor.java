package org.hpcsim.cli.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.hpcsim.cli.BadFlagException;
import org.hpcsim.reports.AtomicFile;

/**
 * Writes the Indexed Job that runs a study on Kubernetes and says how to run and merge it. hpcsim
 * does not talk to the cluster: users apply the manifest with their own credentials and tools.
 */
public final class KubernetesExecutor {
    // A PersistentVolumeClaim's name is a DNS subdomain (RFC 1123), as every object name.
    private static final Pattern DNS_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private final Study study;
    private final Path sweepFile;
    private final Path outDir;
    private final String image;
    private final String pvc;
    private final Integer maxParallel;
    private final int retries;
    private final TaskCommand task;

    /**
     * The Job for {@code study} of {@code sweepFile}, written under {@code outDir}: pods run
     * {@code task} from {@code image} with volume claim {@code pvc} at /study, {@code maxParallel}
     * at a time (null: every point at once), each point retried {@code retries} times.
     */
    public KubernetesExecutor(Study study, Path sweepFile, Path outDir, String image, String pvc, Integer maxParallel,
                              int retries, TaskCommand task) {
        if (image == null || image.isBlank()) {
            throw new BadFlagException("--image: is required with --executor kubernetes (an image whose PATH has"
                    + " hpcsim, for example registry.example.org/hpcsim:0.1)");
        }
        ShellWords.requireNoControl("--image", image);
        if (image.chars().anyMatch(Character::isWhitespace)) {
            throw new BadFlagException("--image: must not contain spaces, got '" + image + "'");
        }
        if (pvc == null || pvc.length() > 253 || !DNS_SUBDOMAIN.matcher(pvc).matches()) {
            throw new BadFlagException("--pvc: is required with --executor kubernetes: the PersistentVolumeClaim that"
                    + " holds the sweep file and receives the results (lower-case letters, digits, '-' and '.'), got "
                    + (pvc == null ? "none" : "'" + ShellWords.visible(pvc) + "'"));
        }
        if (maxParallel != null && maxParallel < 1) {
            throw new BadFlagException("--max-parallel: must be 1 or more, got " + maxParallel);
        }
        if (retries < 0) {
            throw new BadFlagException("--retries: must be 0 or more, got " + retries);
        }
        this.study = study;
        this.sweepFile = sweepFile;
        this.outDir = outDir;
        this.image = image;
        this.pvc = pvc;
        this.maxParallel = maxParallel;
        this.retries = retries;
        this.task = task;
    }

    /** Writes OUT/kubernetes/sweep-job.yaml and prints the steps to {@code out}; returns the file. */
    public Path write(PrintWriter out) {
        int points = study.sweep().points().size();
        String fileName = ShellWords.requireNoControl("SWEEP", sweepFile.getFileName().toString());
        String name = study.sweep().name();
        Path file = outDir.resolve("kubernetes").resolve("sweep-job.yaml");
        AtomicFile.write(file, KubernetesManifest.yaml(KubernetesManifest.of(name, fileName, points,
                maxParallel != null ? Math.min(maxParallel, points) : points, retries, image, pvc, task)));
        String job = KubernetesManifest.jobName(name);
        int pending = study.pending().size();
        for (String line : List.of(
                "wrote " + file + ": Indexed Job " + job + ", " + points + " completions (index I runs point I; "
                        + (points - pending) + " of them have a result already and end at once)",
                "to run it:",
                "  1. put " + sweepFile.getFileName() + " (and the scenario and traces it names, at the same relative"
                        + " paths) at the top of volume claim " + pvc + ", and " + study.results().dir()
                        + " as points/ there",
                "  2. kubectl apply -f " + file + " && kubectl wait --for=condition=complete --timeout=24h job/" + job,
                "  3. copy the volume's points/ folder to " + study.results().dir() + ", then merge:",
                "     hpcsim sweep " + sweepFile + " --out " + outDir + " --merge-only")) {
            out.println(line);
        }
        out.flush();
        return file;
    }
}
