package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The running jobs by slot number, the payload of their end events; freed slots are reused so the table stays small. */
final class JobSlots {
    private final List<KubeJob> slots = new ArrayList<>();
    private int[] free = new int[16];
    private int freeCount;
    private int count;

    /** Puts {@code job} in a slot and returns its number. */
    int add(KubeJob job) {
        count++;
        if (freeCount > 0) {
            int slot = free[--freeCount];
            slots.set(slot, job);
            return slot;
        }
        slots.add(job);
        return slots.size() - 1;
    }

    /** Takes the job out of {@code slot} and returns it. */
    KubeJob remove(int slot) {
        KubeJob job = slots.set(slot, null);
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
        count--;
        return job;
    }

    /** Hands every running job to {@code action}, in slot order. */
    void forEach(java.util.function.Consumer<KubeJob> action) {
        for (KubeJob j : slots) {
            if (j != null) {
                action.accept(j);
            }
        }
    }

    /** Jobs running. */
    int count() {
        return count;
    }
}
