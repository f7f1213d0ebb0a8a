package org.hpcsim.models.workload;

/**
 * What a submission asked for beyond its size and time, in sbatch's terms: the shape of its
 * resources and its links to other jobs.
 *
 * @param resources constraints, GPU type, per-node counts and memory
 * @param links     dependencies and job-array membership
 */
public record SubmitOptions(ResourceOptions resources, JobLinks links) {
    /** A submission that asked for nothing more. */
    public static final SubmitOptions NONE = new SubmitOptions(ResourceOptions.NONE, JobLinks.NONE);

    /** Rejects null: "nothing asked" is {@link ResourceOptions#NONE} and {@link JobLinks#NONE}. */
    public SubmitOptions {
        if (resources == null || links == null) {
            throw new IllegalArgumentException("submit options need resources and links (NONE for nothing)");
        }
    }
}
