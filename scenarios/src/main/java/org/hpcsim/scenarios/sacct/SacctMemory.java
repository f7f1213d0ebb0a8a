package org.hpcsim.scenarios.sacct;

import java.util.regex.Pattern;

/**
 * Reads sacct's memory amounts: a decimal number with an optional unit K, M, G, T or P (powers
 * of 1024; M when there is none), as in ReqMem ({@code 4000M}, {@code 1.50G}) and the
 * {@code mem=} of a TRES list.
 *
 * <p>ReqMem's meaning changed with Slurm's versions. Older sacct appended {@code n} for memory
 * per node ({@code --mem}) or {@code c} for memory per CPU ({@code --mem-per-cpu}): {@code 4Gn},
 * {@code 4000Mc}. Current sacct prints the {@code mem} of the job's requested TRES with no suffix,
 * which is the job's total over all its nodes ({@code -N 2 --mem=4G} shows {@code 8G}); so a plain
 * value is read as the whole job's memory, and split evenly over its nodes as {@code --mem}: a job
 * that asked {@code --mem-per-cpu} then shows no sign of it (ReqTRES {@code mem=} is the same
 * total). A {@code c} value is read as {@code --mem-per-cpu}.
 *
 * @param kilobytes the amount in KB
 * @param scope     what the amount is for
 */
record SacctMemory(long kilobytes, Scope scope) {
    /** What a ReqMem amount covers. */
    enum Scope {
        /** The whole job (no suffix, and TRES {@code mem=}). */
        JOB,
        /** Each node ({@code n}). */
        NODE,
        /** Each CPU ({@code c}). */
        CPU
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,6})?");

    /** A value meaning "nothing requested", read as unknown. */
    static final SacctMemory NONE = new SacctMemory(0, Scope.JOB);

    /** A ReqMem field; {@link #NONE} when empty or 0, null when malformed. */
    static SacctMemory parseReqMem(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        Scope scope = Scope.JOB;
        char last = text.charAt(text.length() - 1);
        if (last == 'n' || last == 'c') {
            scope = last == 'n' ? Scope.NODE : Scope.CPU;
            text = text.substring(0, text.length() - 1);
        }
        long kb = kilobytes(text);
        if (kb < 0) {
            return null;
        }
        return kb == 0 ? NONE : new SacctMemory(kb, scope);
    }

    /** The job's total memory in KB for its processors and nodes, or -1 when unknown. */
    long totalKilobytes(int processors, int nodes) {
        if (kilobytes == 0) {
            return -1;
        }
        switch (scope) {
            case NODE:
                return kilobytes * Math.max(1, nodes); // a job that ran has at least one node
            case CPU:
                return kilobytes * processors;
            default:
                return kilobytes;
        }
    }

    /** A memory amount in KB, rounded; -1 when malformed. */
    static long kilobytes(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long unitKb = 1024; // sacct's memory unit is the megabyte
        char unit = Character.toUpperCase(text.charAt(text.length() - 1));
        int digitsEnd = text.length() - 1;
        switch (unit) {
            case 'K':
                unitKb = 1;
                break;
            case 'M':
                break;
            case 'G':
                unitKb = 1024L * 1024;
                break;
            case 'T':
                unitKb = 1024L * 1024 * 1024;
                break;
            case 'P':
                unitKb = 1024L * 1024 * 1024 * 1024;
                break;
            default:
                digitsEnd = text.length();
        }
        String number = text.substring(0, digitsEnd);
        if (!NUMBER.matcher(number).matches()) {
            return -1;
        }
        return Math.round(Double.parseDouble(number) * unitKb);
    }
}
