package org.hpcsim.models.slurm;

import java.util.List;
import org.hpcsim.models.workload.Job;

/**
 * The QOS of the accounting database and the one a job without a QOS gets (its association's
 * default, {@code normal} in a fresh slurmdbd). {@link #NONE} means no QOS at all: then no job is
 * refused for its QOS label, nothing is limited, and the QOS factor is 0, as before QOS were modelled.
 *
 * @param qos          the QOS, names unique
 * @param defaultIndex the index in {@code qos} of the default QOS, or -1 for {@link #NONE}
 */
public record QosSetup(List<Qos> qos, int defaultIndex) {
    /** No QOS. */
    public static final QosSetup NONE = new QosSetup(List.of(), -1);

    /** Validates the setup. */
    public QosSetup {
        qos = List.copyOf(qos);
        if (qos.isEmpty() ? defaultIndex != -1 : defaultIndex < 0 || defaultIndex >= qos.size()) {
            throw new IllegalArgumentException("the default QOS must be one of the QOS");
        }
        for (int i = 0; i < qos.size(); i++) {
            for (int k = 0; k < i; k++) {
                if (qos.get(k).name().equals(qos.get(i).name())) {
                    throw new IllegalArgumentException("QOS " + qos.get(i).name() + " is defined twice");
                }
            }
        }
        boolean[][] table = preemptTable(qos);
        for (int i = 0; i < qos.size(); i++) {
            String loop = loopFrom(i, i, table, new boolean[qos.size()], qos);
            if (loop != null) {
                // as_mysql_qos.c _preemption_loop: slurmdbd refuses a Preempt list that closes a loop.
                throw new IllegalArgumentException("QOS preemption loop: " + qos.get(i).name() + " -> " + loop);
            }
        }
    }

    /** For each QOS, which QOS its jobs may preempt under preempt/qos ([preemptor][preemptee]). */
    boolean[][] preemptTable() {
        return preemptTable(qos);
    }

    private static boolean[][] preemptTable(List<Qos> qos) {
        boolean[][] table = new boolean[qos.size()][qos.size()];
        for (int i = 0; i < qos.size(); i++) {
            for (String name : qos.get(i).preemption().preempt()) {
                int k = indexIn(qos, name);
                if (k < 0) {
                    throw new IllegalArgumentException("QOS " + qos.get(i).name() + " preempts '" + name
                            + "', which is no QOS");
                }
                table[i][k] = true;
            }
        }
        return table;
    }

    /** The path from {@code at} back to {@code start} through the preempt lists, or null when there is none. */
    private static String loopFrom(int start, int at, boolean[][] table, boolean[] seen, List<Qos> qos) {
        for (int k = 0; k < table.length; k++) {
            if (!table[at][k]) {
                continue;
            }
            if (k == start) {
                return qos.get(k).name();
            }
            if (!seen[k]) {
                seen[k] = true;
                String rest = loopFrom(start, k, table, seen, qos);
                if (rest != null) {
                    return qos.get(k).name() + " -> " + rest;
                }
            }
        }
        return null;
    }

    private static int indexIn(List<Qos> qos, String name) {
        for (int i = 0; i < qos.size(); i++) {
            if (qos.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** QOS {@code qos} with the one named {@code defaultName} as the default. */
    public static QosSetup of(List<Qos> qos, String defaultName) {
        for (int i = 0; i < qos.size(); i++) {
            if (qos.get(i).name().equals(defaultName)) {
                return new QosSetup(qos, i);
            }
        }
        throw new IllegalArgumentException("the default QOS " + defaultName + " is not among the QOS");
    }

    /** Whether QOS are modelled at all. */
    public boolean enabled() {
        return !qos.isEmpty();
    }

    /** The index of the QOS named {@code name}, or -1. */
    public int indexOf(String name) {
        return indexIn(qos, name);
    }

    /** The index of the QOS {@code job} runs under: its label's, else the default; -1 unknown or none. */
    int of(Job job) {
        if (!enabled()) {
            return -1;
        }
        String named = job.labels().qos();
        return named.isEmpty() ? defaultIndex : indexOf(named);
    }

    /** The highest QOS priority, what assoc_mgr.c normalises QOS priorities by (g_qos_max_priority). */
    long highestPriority() {
        long max = 0;
        for (Qos q : qos) {
            max = Math.max(max, q.priority());
        }
        return max;
    }
}
