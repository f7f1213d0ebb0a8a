package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Real against predicted start times of one replay, job by job, with the figures an oracle
 * reports: the share of jobs within 1 s and 2 s, the largest and mean absolute deviations, the
 * share of rival pairs started in Slurm's order, and the worst jobs.
 *
 * @param configuration the Slurm configuration's short name, used in file names
 * @param policy        the hpcsim policy that predicted the starts
 * @param rows          one row per job, in submission order
 */
public record StartComparison(String configuration, String policy, List<Row> rows) {
    /** Pairs started closer than this on Slurm are left out of the order: a tick's jitter may swap them. */
    public static final double ORDER_GAP_SECONDS = 2;

    /**
     * One job, times in seconds from the first submission.
     *
     * @param id             our job id
     * @param slurmId        Slurm's job id
     * @param size           what the job asked for: whole nodes, or one-CPU tasks (sbatch -n)
     * @param submit         when Slurm accepted it
     * @param run            how long it held its nodes on Slurm
     * @param realStart      when Slurm started it
     * @param predictedStart when hpcsim started it
     */
    public record Row(int id, long slurmId, String size, double submit, double run, double realStart,
                      double predictedStart) {
        /** Predicted minus real start: positive when hpcsim starts the job later than Slurm. */
        public double deviation() {
            return predictedStart - realStart;
        }
    }

    /** Pairs each replayed job with hpcsim's start for it; a job hpcsim did not start fails. */
    public static StartComparison of(String configuration, String policy, List<ReplayedJob> real,
                                     Map<Long, Double> predicted) {
        List<Row> rows = new ArrayList<>(real.size());
        for (ReplayedJob r : real) {
            Double p = predicted.get((long) r.job().id());
            if (p == null) {
                throw new IllegalStateException("hpcsim has no start for job " + r.job().id());
            }
            rows.add(new Row(r.job().id(), r.slurmId(), size(r.job()), r.submit(), r.runTime(), r.start(), p));
        }
        return new StartComparison(configuration, policy, List.copyOf(rows));
    }

    private static String size(OracleJob j) {
        return j.tasks() > 0 ? j.tasks() + " tasks" : j.nodes() + " nodes";
    }

    /** The share of jobs, 0 to 1, whose predicted start is within {@code seconds} of the real one. */
    public double shareWithin(double seconds) {
        long n = rows.stream().filter(r -> Math.abs(r.deviation()) <= seconds + 1e-9).count();
        return rows.isEmpty() ? 1 : (double) n / rows.size();
    }

    /** The largest absolute deviation, seconds. */
    public double maxAbsDeviation() {
        return rows.stream().mapToDouble(r -> Math.abs(r.deviation())).max().orElse(0);
    }

    /** The mean absolute deviation, seconds. */
    public double meanAbsDeviation() {
        return rows.stream().mapToDouble(r -> Math.abs(r.deviation())).average().orElse(0);
    }

    /**
     * Of the pairs of jobs that waited at the same time on Slurm and that Slurm started more than
     * {@code gapSeconds} apart, the share, 0 to 1, that hpcsim starts in the same order (a tie is
     * not). Those are the pairs whose order the scheduler chose: priority, partitions, backfill.
     * It is 1 when there are none.
     */
    public double orderAgreement(double gapSeconds) {
        long pairs = 0;
        long agree = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int k = i + 1; k < rows.size(); k++) {
                Row a = rows.get(i);
                Row b = rows.get(k);
                boolean rivals = a.submit() < b.realStart() && b.submit() < a.realStart();
                double real = a.realStart() - b.realStart();
                if (!rivals || Math.abs(real) <= gapSeconds) {
                    continue;
                }
                pairs++;
                if (Math.signum(a.predictedStart() - b.predictedStart()) == Math.signum(real)) {
                    agree++;
                }
            }
        }
        return pairs == 0 ? 1 : (double) agree / pairs;
    }

    /** The {@code n} jobs with the largest absolute deviations, largest first. */
    public List<Row> worst(int n) {
        return rows.stream().sorted(Comparator.comparingDouble((Row r) -> -Math.abs(r.deviation()))
                .thenComparingInt(Row::id)).limit(n).toList();
    }

    /** The figures as a few lines of text to copy into notes. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "slurm-oracle %s vs hpcsim %s: %d jobs, %.1f%% within 2 s, %.1f%% within 1 s, max |dev| %.1f s,"
                        + " mean |dev| %.2f s, %.1f%% of rival pairs in Slurm's order%n", configuration, policy,
                rows.size(), 100 * shareWithin(2), 100 * shareWithin(1), maxAbsDeviation(), meanAbsDeviation(),
                100 * orderAgreement(ORDER_GAP_SECONDS)));
        sb.append("  worst: job (size, submit, run): real start -> predicted start (deviation)\n");
        for (Row r : worst(5)) {
            sb.append(String.format(Locale.ROOT, "  j%d (%s, submit %.0f, run %.0f): %.0f -> %.1f (%+.1f s)%n",
                    r.id(), r.size(), r.submit(), r.run(), r.realStart(), r.predictedStart(), r.deviation()));
        }
        return sb.toString();
    }

    /**
     * Writes {@code CONFIGURATION-jobs.csv} (one row per job) and {@code CONFIGURATION-summary.csv}
     * (the figures) into {@code dir}.
     */
    public void writeCsv(Path dir) {
        StringBuilder jobs = new StringBuilder("job,slurm_job_id,size,submit_s,run_s,real_start_s,"
                + "predicted_start_s,deviation_s\n");
        for (Row r : rows) {
            jobs.append(String.format(Locale.ROOT, "%d,%d,%s,%.0f,%.0f,%.0f,%.3f,%.3f%n", r.id(), r.slurmId(),
                    r.size(), r.submit(), r.run(), r.realStart(), r.predictedStart(), r.deviation()));
        }
        String summary = "configuration,policy,jobs,share_within_2s,share_within_1s,max_abs_deviation_s,"
                + "mean_abs_deviation_s,order_agreement\n" + String.format(Locale.ROOT,
                "%s,%s,%d,%.4f,%.4f,%.3f,%.3f,%.4f%n", configuration, policy, rows.size(), shareWithin(2),
                shareWithin(1), maxAbsDeviation(), meanAbsDeviation(), orderAgreement(ORDER_GAP_SECONDS));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(configuration + "-jobs.csv"), jobs, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(configuration + "-summary.csv"), summary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
