package org.hpcsim.models.workload;

/**
 * Who submitted a job and where: the names a trace gives (SWF's numbers become their decimal
 * text). An empty string means the trace does not say. Readers share one instance among jobs with
 * the same labels, so a million jobs do not mean a million label objects.
 *
 * @param user      user name or number
 * @param group     Unix group
 * @param account   accounting account (Slurm account, PBS account)
 * @param partition partition (SWF partition, Slurm partition)
 * @param queue     queue (SWF queue, PBS queue)
 * @param qos       quality of service (Slurm QOS)
 * @param name      job name or executable
 */
public record JobLabels(String user, String group, String account, String partition, String queue, String qos,
                        String name) {
    /** Labels of a job about which nothing is known. */
    public static final JobLabels NONE = new JobLabels("", "", "", "", "", "", "");

    /** Rejects null: unknown is the empty string, so outputs never print "null". */
    public JobLabels {
        if (user == null || group == null || account == null || partition == null || queue == null || qos == null
                || name == null) {
            throw new IllegalArgumentException("job labels may be empty but not null");
        }
    }
}
