package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The running jobs, each in a numbered slot that its end event carries as payload, so an end finds
 * its job without a search and slots are reused without allocation.
 */
final class RunningJobs {
    private SlurmJob[] slots = new SlurmJob[64];
    private int[] freeSlots = new int[64];
    private int freeSlotCount;
    private int slotsUsed;
    private int count;

    /** Puts {@code job} in a free slot, records the slot in the job and returns it. */
    int add(SlurmJob job) {
        int slot;
        if (freeSlotCount > 0) {
            slot = freeSlots[--freeSlotCount];
        } else {
            if (slotsUsed == slots.length) {
                slots = Arrays.copyOf(slots, slotsUsed * 2);
                freeSlots = Arrays.copyOf(freeSlots, slotsUsed * 2);
            }
            slot = slotsUsed++;
        }
        slots[slot] = job;
        job.slot = slot;
        count++;
        return slot;
    }

    /** The job in {@code slot}. */
    SlurmJob get(int slot) {
        return slots[slot];
    }

    /** Takes the job out of {@code slot} and returns it. */
    SlurmJob remove(int slot) {
        SlurmJob job = slots[slot];
        slots[slot] = null;
        freeSlots[freeSlotCount++] = slot;
        count--;
        job.slot = -1;
        return job;
    }

    int count() {
        return count;
    }

    /** The running jobs in slot order (a fresh list). */
    List<SlurmJob> list() {
        List<SlurmJob> list = new ArrayList<>(count);
        for (int i = 0; i < slotsUsed; i++) {
            if (slots[i] != null) {
                list.add(slots[i]);
            }
        }
        return list;
    }
}
