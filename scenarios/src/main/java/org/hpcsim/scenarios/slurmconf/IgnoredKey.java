package org.hpcsim.scenarios.slurmconf;

/**
 * A key the importer read but does not interpret, kept so callers can say so rather than drop it.
 *
 * @param key     the key as written, such as {@code SlurmctldPort}
 * @param section where it was: {@code global}, or the line kind it was on ({@code NodeName},
 *                {@code PartitionName}, {@code SwitchName}), or a whole line kind the importer does
 *                not read ({@code DownNodes}, {@code FrontendName})
 * @param at      the file and line
 */
public record IgnoredKey(String key, String section, SourceLine at) {
    /** Section name for keys outside any node, partition or switch line. */
    public static final String GLOBAL = "global";

    /** Such as {@code SlurmctldPort (slurm.conf:12)} or {@code NodeName TmpDisk (slurm.conf:30)}. */
    @Override
    public String toString() {
        return (section.equals(GLOBAL) || section.equals(key) ? "" : section + " ") + key + " (" + at + ")";
    }
}
