package org.hpcsim.reports.html;

import java.util.List;

/** Titles, text alternatives and captions of the charts that {@code RunCharts} draws, in its order. */
enum ChartText {
    UTILIZATION("utilization", "Cluster utilization",
            "Line chart of busy cores (and GPUs, or nodes where jobs share them) as a percentage of the cluster over simulated time",
            "The share of the cluster held by jobs, each point averaged over one time-series step."),
    QUEUE("queue", "Queue and running jobs",
            "Line chart of the number of waiting jobs and of running jobs over simulated time",
            "Jobs waiting in the queue and jobs running, each averaged over one time-series step."),
    COST_RATE("cost-rate", "Cost rate",
            "Line chart of what the whole cluster and the node-hours held by jobs cost per hour, in US dollars, over simulated time",
            "The whole cluster's cost per hour (every node up, used or not) and the cost of the node-hours jobs held,"
                    + " each averaged over one time-series step; a job on c of a node's C cores holds c / C of it."),
    COST_CUMULATIVE("cost-cumulative", "Cumulative cost",
            "Line chart of the running total cost of the whole cluster and of the node-hours held by jobs, in US dollars,"
                    + " with the idle cost shaded between them",
            "The running totals end at the total and busy cost of the Cost section; the shaded gap is what idle nodes cost."),
    WAIT_CDF("wait-cdf", "Wait-time distribution",
            "Cumulative distribution of job waits, with wait time on a logarithmic axis",
            "The fraction of jobs that waited at most a given time; waits under 1 s are drawn at 1 s, the log axis's floor."),
    SLOWDOWN_BY_SIZE("slowdown-by-size", "Bounded slowdown by job size",
            "Bar chart of the mean bounded slowdown of each power-of-two job size class",
            "Mean bounded slowdown, max(1, (wait + run) / max(run, 10 s)), per size class in processors; n is the class's job count."),
    GANTT("gantt", "Gantt chart",
            "Gantt chart of which node or core each job held over simulated time",
            "One row per node (per core with core allocation), one bar per job on the units it held.");

    /** The charts' file names in the order the page shows them; others follow by name. */
    static final List<String> ORDER = List.of("utilization", "queue", "cost-rate", "cost-cumulative", "wait-cdf",
            "slowdown-by-size", "gantt");

    private final String file;
    private final String title;
    private final String alt;
    private final String caption;

    ChartText(String file, String title, String alt, String caption) {
        this.file = file;
        this.title = title;
        this.alt = alt;
        this.caption = caption;
    }

    /** The image for the chart file {@code name} (a base name, without ".png") of a run labelled {@code run}. */
    static ChartImage image(String name, String run, String base64, int width, int height) {
        for (ChartText t : values()) {
            if (t.file.equals(name)) {
                return new ChartImage(name, t.title, t.alt + ", for " + run + ".", t.caption, base64, width, height);
            }
        }
        // A chart this page does not know yet (the charts package grew): its file name has to do.
        return new ChartImage(name, name, "Chart " + name + " for " + run + ".", "", base64, width, height);
    }
}
