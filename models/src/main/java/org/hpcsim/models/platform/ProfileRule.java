package org.hpcsim.models.platform;

import org.hpcsim.models.perf.AppProfile;
import org.hpcsim.models.workload.Job;

/**
 * Gives jobs that match a profile: by executable (job name), user, queue or partition (exact, or
 * null for any), and by size in processors (0 for no bound). The first rule that matches a job wins.
 *
 * @param name          the job's name or executable, or null
 * @param user          the user, or null
 * @param queue         the queue, or null
 * @param partition     the partition, or null
 * @param minProcessors the fewest processors, 0 for no bound
 * @param maxProcessors the most processors, 0 for no bound
 * @param profile       the profile matching jobs run
 */
public record ProfileRule(String name, String user, String queue, String partition, int minProcessors,
                          int maxProcessors, AppProfile profile) {
    /** Validates the rule. */
    public ProfileRule {
        if (profile == null || minProcessors < 0 || maxProcessors < 0
                || (maxProcessors > 0 && maxProcessors < minProcessors)) {
            throw new IllegalArgumentException("profile rule: needs a profile and a sensible size range");
        }
    }

    /** A rule that gives every job {@code profile}. */
    public static ProfileRule all(AppProfile profile) {
        return new ProfileRule(null, null, null, null, 0, 0, profile);
    }

    /** Whether {@code job} matches. */
    public boolean matches(Job job) {
        var l = job.labels();
        return (name == null || name.equals(l.name())) && (user == null || user.equals(l.user()))
                && (queue == null || queue.equals(l.queue())) && (partition == null || partition.equals(l.partition()))
                && job.processors() >= minProcessors && (maxProcessors == 0 || job.processors() <= maxProcessors);
    }
}
