package org.hpcsim.models.slurm.priority;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The PriorityWeight* settings of slurm.conf(5): unsigned 32-bit integers for the six classic
 * factors, and a double per TRES type for PriorityWeightTRES (negative values allowed there).
 * slurm.conf(5): every weight defaults to 0.
 *
 * @param age PriorityWeightAge
 * @param assoc PriorityWeightAssoc
 * @param fairshare PriorityWeightFairshare
 * @param jobSize PriorityWeightJobSize
 * @param partition PriorityWeightPartition
 * @param qos PriorityWeightQOS
 * @param tres PriorityWeightTRES by TRES name (e.g. "cpu", "mem", "gres/gpu"), kept sorted
 */
public record MultifactorWeights(long age, long assoc, long fairshare, long jobSize, long partition, long qos,
        SortedMap<String, Double> tres) {
    /** Largest weight: weights are uint32 in slurmctld. */
    public static final long MAX_WEIGHT = 0xFFFF_FFFFL;

    /** Validates the uint32 range and copies the TRES map into sorted, unmodifiable form. */
    public MultifactorWeights {
        check("age", age);
        check("assoc", assoc);
        check("fairshare", fairshare);
        check("jobSize", jobSize);
        check("partition", partition);
        check("qos", qos);
        TreeMap<String, Double> copy = new TreeMap<>(tres);
        copy.forEach((k, v) -> {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("TRES weight " + k + " must be finite, got " + v);
            }
        });
        tres = Collections.unmodifiableSortedMap(copy);
    }

    /** All weights zero, the slurm.conf(5) default. */
    public static MultifactorWeights none() {
        return new MultifactorWeights(0, 0, 0, 0, 0, 0, new TreeMap<>());
    }

    /** The six classic weights without TRES weights. */
    public static MultifactorWeights of(long age, long assoc, long fairshare, long jobSize, long partition, long qos) {
        return new MultifactorWeights(age, assoc, fairshare, jobSize, partition, qos, new TreeMap<>());
    }

    /** A copy with these PriorityWeightTRES entries. */
    public MultifactorWeights withTres(SortedMap<String, Double> tresWeights) {
        return new MultifactorWeights(age, assoc, fairshare, jobSize, partition, qos, tresWeights);
    }

    private static void check(String name, long weight) {
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("PriorityWeight " + name + " must be in [0, 2^32-1], got " + weight);
        }
    }
}
