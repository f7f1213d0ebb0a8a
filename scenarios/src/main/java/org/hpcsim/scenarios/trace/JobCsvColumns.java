package org.hpcsim.scenarios.trace;

import org.hpcsim.models.workload.JobLabels;

/** The label columns shared by every per-job CSV hpcsim writes (job lists and run outputs). */
public final class JobCsvColumns {
    /** Header names of the label columns, in order. */
    public static final String LABELS_HEADER = "user,group,account,partition,queue,qos,name";

    private JobCsvColumns() {}

    /** Appends the label columns, comma-separated and CSV-quoted where needed (no leading comma). */
    public static AsciiLine appendLabels(AsciiLine line, JobLabels n) {
        return line.appendCsvField(n.user()).append(',')
                .appendCsvField(n.group()).append(',')
                .appendCsvField(n.account()).append(',')
                .appendCsvField(n.partition()).append(',')
                .appendCsvField(n.queue()).append(',')
                .appendCsvField(n.qos()).append(',')
                .appendCsvField(n.name());
    }
}
