package org.hpcsim.scenarios.pbs;

/**
 * Turns a PBS job id into a number. {@code 1234.server} is 1234. An array subjob
 * {@code 1234[5].server} is {@code 5 * 10^12 + 1234}: the subjob index above twelve digits that
 * hold the array's own number, so the id reads as "index 5 of array 1234", is the same on every
 * read, and never equals a plain job's number (PBS numbers stay below 10^12, and the array's
 * number is used by no plain job). The array itself ({@code 1234[].server}) is no job.
 */
final class PbsJobId {
    /** Where the subjob index starts in the id. */
    static final long ARRAY_INDEX_SCALE = 1_000_000_000_000L;

    private PbsJobId() {}

    /** Whether the id names a whole job array ({@code 1234[]}) rather than one job. */
    static boolean isArrayParent(String jobId) {
        return numericPart(jobId).endsWith("[]");
    }

    /** The id's number; throws {@link PbsProblem} when the id has no number before its first '.'. */
    static long parse(String jobId) {
        String part = numericPart(jobId);
        int open = part.indexOf('[');
        if (open < 0) {
            return number(part, jobId);
        }
        if (!part.endsWith("]")) {
            throw new PbsProblem("job id is not NUMBER[INDEX].server: '" + jobId + "'");
        }
        long array = number(part.substring(0, open), jobId);
        long index = number(part.substring(open + 1, part.length() - 1), jobId);
        if (array >= ARRAY_INDEX_SCALE || index > (Long.MAX_VALUE - array) / ARRAY_INDEX_SCALE) {
            throw new PbsProblem("array job id too large to number: '" + jobId + "'");
        }
        return index * ARRAY_INDEX_SCALE + array;
    }

    private static String numericPart(String jobId) {
        int dot = jobId.indexOf('.');
        return dot < 0 ? jobId : jobId.substring(0, dot);
    }

    private static long number(String digits, String jobId) {
        if (digits.isEmpty() || digits.length() > 18) {
            throw new PbsProblem("job id is not numeric: '" + jobId + "'");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new PbsProblem("job id is not numeric: '" + jobId + "'");
            }
        }
        return Long.parseLong(digits);
    }
}
