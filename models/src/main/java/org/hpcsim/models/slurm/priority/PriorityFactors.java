package org.hpcsim.models.slurm.priority;

import java.util.SortedMap;

/**
 * A job's unweighted priority factors, as {@code sprio -n} shows them; each classic factor is in [0, 1].
 *
 * @param age age factor
 * @param assoc association factor
 * @param fairshare fair-share factor of the job's user association
 * @param jobSize job size factor
 * @param partition partition factor
 * @param qos QOS factor
 * @param tres TRES factors by name
 * @param nice nice value (subtracted)
 * @param site site factor (added)
 */
public record PriorityFactors(double age, double assoc, double fairshare, double jobSize, double partition, double qos,
        SortedMap<String, Double> tres, int nice, int site) {}
