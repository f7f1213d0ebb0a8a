package org.hpcsim.models.kube;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.hardware.MigProfile;

/**
 * How every GPU of a node pool is split into Multi-Instance GPU slices, and how the NVIDIA device
 * plugin then advertises them: under {@link Strategy#MIXED} each profile is its own extended
 * resource {@code nvidia.com/mig-<profile>}; under {@link Strategy#SINGLE} all GPUs carry one
 * profile and the slices are advertised as {@code nvidia.com/gpu}, so a pod asking for one GPU gets
 * one slice. The layout is uniform: every GPU of the pool has the same slices.
 *
 * @param strategy the device plugin's MIG strategy
 * @param layout   slices per GPU by profile name (one profile under single)
 */
public record MigLayout(Strategy strategy, Map<String, Integer> layout) {
    /** The NVIDIA device plugin's MIG strategies hpcsim models. */
    public enum Strategy {
        /** One resource per profile, {@code nvidia.com/mig-<profile>}. */
        MIXED,
        /** Every GPU split alike; the slices are advertised as {@code nvidia.com/gpu}. */
        SINGLE
    }

    /** Validates the shape of the layout; {@link #validateFor} checks it against a GPU model. */
    public MigLayout {
        if (strategy == null || layout == null || layout.isEmpty()) {
            throw new IllegalArgumentException("a MIG layout needs a strategy and at least one profile");
        }
        layout = Collections.unmodifiableMap(new TreeMap<>(layout));
        if (strategy == Strategy.SINGLE && layout.size() != 1) {
            throw new IllegalArgumentException("MIG strategy single splits every GPU into one profile, got "
                    + layout.keySet());
        }
        for (Map.Entry<String, Integer> e : layout.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1) {
                throw new IllegalArgumentException("MIG profile " + e.getKey() + ": count must be 1 or more");
            }
        }
    }

    /**
     * Throws unless {@code gpu} has every profile of the layout and one GPU holds them all: at most
     * each profile's instances, 7 compute slices and 8 memory slices in all. NVIDIA's placement rules
     * allow fewer mixes than these sums; the uniform layouts of the reference all pass.
     */
    public void validateFor(GpuModel gpu) {
        if (gpu.migProfiles().isEmpty()) {
            throw new IllegalArgumentException("GPU " + gpu.name() + " has no MIG profiles");
        }
        int compute = 0;
        int memory = 0;
        for (Map.Entry<String, Integer> e : layout.entrySet()) {
            MigProfile p = gpu.mig(e.getKey()).orElseThrow(() -> new IllegalArgumentException("MIG profile "
                    + e.getKey() + " is not one of " + gpu.name() + "'s: "
                    + gpu.migProfiles().stream().map(MigProfile::name).toList()));
            if (e.getValue() > p.maxInstances()) {
                throw new IllegalArgumentException("MIG profile " + p.name() + ": at most " + p.maxInstances()
                        + " per " + gpu.name() + ", got " + e.getValue());
            }
            compute += p.computeSlices() * e.getValue();
            memory += p.memorySlices() * e.getValue();
        }
        if (compute > MigProfile.COMPUTE_SLICES || memory > MigProfile.MEMORY_SLICES) {
            throw new IllegalArgumentException("MIG layout " + layout + " takes " + compute + " compute and " + memory
                    + " memory slices; a " + gpu.name() + " has " + MigProfile.COMPUTE_SLICES + " and "
                    + MigProfile.MEMORY_SLICES);
        }
    }

    /** The extended resources a node of {@code gpus} GPUs split this way advertises, by name. */
    public Map<String, Long> resources(int gpus) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Integer> e : layout.entrySet()) {
            String name = strategy == Strategy.SINGLE ? PodTemplate.GPU : resourceName(e.getKey());
            out.merge(name, (long) e.getValue() * gpus, Long::sum);
        }
        return out;
    }

    /** The resource the device plugin's mixed strategy advertises for {@code profile}. */
    public static String resourceName(String profile) {
        return "nvidia.com/mig-" + profile;
    }
}
