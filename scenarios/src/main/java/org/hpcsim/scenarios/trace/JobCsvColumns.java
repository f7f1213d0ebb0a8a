package org.hpcsim.scenarios.trace;

import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;

/** The label columns shared by every per-job CSV hpcsim writes (job lists and run outputs). */
public final class JobCsvColumns {
    /** Header names of the label columns, in order. */
    public static final String LABELS_HEADER = "user,group,account,partition,queue,qos,name";

    private JobCsvColumns() {}

    /**
     * Appends the job's id, or {@code 123_4} for task 4 of array 123 as sacct(1) shows an array
     * task's JobID; the jobs.csv reader reads either back.
     */
    public static AsciiLine appendJobId(AsciiLine line, Job j) {
        JobLinks links = j.options().links();
        return links.inArray() ? line.append(links.arrayJobId()).append('_').append(links.arrayTaskId())
                : line.append(j.id());
    }

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
