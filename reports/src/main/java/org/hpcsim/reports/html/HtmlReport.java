package org.hpcsim.reports.html;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.reports.AtomicFile;
import org.hpcsim.reports.data.JobRow;
import org.hpcsim.reports.data.RunOutput;

/**
 * Writes {@code report.html}: one self-contained page of a finished run (scenario, workload,
 * headline metrics, cost when the cluster was priced, charts, per-partition and per-user tables)
 * with nothing outside the file.
 */
public final class HtmlReport {
    /** The page's file name in the run's output folder. */
    public static final String FILE_NAME = "report.html";

    private HtmlReport() {}

    /**
     * Writes {@code dir}/report.html atomically, embedding the PNG charts in {@code dir}/charts/
     * (drawn first with {@code RunCharts} when that folder does not exist); returns its path.
     */
    public static Path write(RunOutput run, Path dir) {
        return write(run, dir, ChartImages.pngFiles(run, dir));
    }

    /**
     * Writes {@code dir}/report.html atomically, embedding the PNGs among {@code charts} (as
     * {@code RunCharts.writeAll} returns them; other files are passed over); returns its path.
     */
    public static Path write(RunOutput run, Path dir, List<Path> charts) {
        Path target = dir.resolve(FILE_NAME);
        AtomicFile.write(target, render(run, ChartImages.read(charts, run.name() + " (" + run.policy() + ")")));
        return target;
    }

    /** The page's text. */
    static String render(RunOutput run, List<ChartImage> charts) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(run.name())).append(" · hpcsim report</title>\n")
                .append("<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n");
        HeaderSection.append(sb, run);
        sb.append("<main>\n<div class=\"columns\">\n");
        ScenarioSection.append(sb, run);
        WorkloadSection.append(sb, run);
        sb.append("</div>\n");
        MetricsSection.append(sb, run.metrics());
        CostSection.append(sb, run);
        ChartsSection.append(sb, charts);
        GroupsSection.append(sb, run, GroupTable.of(run.jobs(), JobRow::partition, GroupTable.LIMIT), "partitions",
                "By partition", "partition", "partitions");
        GroupsSection.append(sb, run, GroupTable.of(run.jobs(), JobRow::user, GroupTable.LIMIT), "users",
                "By user", "user", "users");
        sb.append("</main>\n<footer>").append(Html.escape(footer(run))).append("</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String footer(RunOutput run) {
        StringBuilder s = new StringBuilder("Written by hpcsim report from summary.json");
        if (!run.jobs().isEmpty()) {
            s.append(", jobs.csv (").append(Formats.count(run.jobs().size())).append(" jobs)");
        }
        if (!run.series().isEmpty()) {
            s.append(", timeseries.csv (").append(Formats.count(run.series().size())).append(" points)");
        }
        return s.append(". Self-contained: this file needs no other file or network access.").toString();
    }
}
