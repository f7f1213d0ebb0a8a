package org.hpcsim.scenarios.sacct;

/**
 * One JobID (or JobIDRaw) field taken apart. sacct writes {@code 123} for a job, {@code 123_4} for
 * task 4 of array job 123 ({@code 123_[5-9]} for tasks not yet split off, still pending),
 * {@code 123+1} for component 1 of heterogeneous job 123, and appends {@code .batch},
 * {@code .extern}, {@code .interactive} or a step number for a job step ({@code 123_4.batch},
 * {@code 123+1.0}).
 *
 * @param job       the leading number: the job, array job or heterogeneous job id
 * @param key       what lines of one job share: the text before any {@code +component} or
 *                  {@code .step}, so every component and step of job 123 has key {@code 123}
 * @param arrayTask whether it names an array task ({@code _} after the number)
 * @param hetOffset the heterogeneous component, or -1
 * @param step      whether it names a job step rather than a job
 */
record SacctJobId(long job, String key, boolean arrayTask, int hetOffset, boolean step) {

    /** The parts of a JobID, or null when it does not start with a job number or is cut short. */
    static SacctJobId parse(String text) {
        int dot = text.indexOf('.');
        int end = dot < 0 ? text.length() : dot;
        if (dot == text.length() - 1) {
            return null; // "123." names no step
        }
        int i = 0;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 18) {
            return null;
        }
        long job = Long.parseLong(text, 0, i, 10);
        if (i == end) {
            return new SacctJobId(job, text.substring(0, end), false, -1, dot >= 0);
        }
        char c = text.charAt(i);
        if (c == '_') {
            boolean range = i + 1 < end && text.charAt(i + 1) == '[' && text.charAt(end - 1) == ']';
            if (!range && !allDigits(text, i + 1, end)) {
                return null;
            }
            return new SacctJobId(job, text.substring(0, end), true, -1, dot >= 0);
        }
        if (c == '+' && allDigits(text, i + 1, end) && end - i - 1 <= 9) {
            int offset = Integer.parseInt(text, i + 1, end, 10);
            return new SacctJobId(job, text.substring(0, i), false, offset, dot >= 0);
        }
        return null;
    }

    private static boolean allDigits(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** ASCII digits only: {@link Character#isDigit} would also take other scripts' digits. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
