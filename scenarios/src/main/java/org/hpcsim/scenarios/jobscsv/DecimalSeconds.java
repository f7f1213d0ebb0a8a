package org.hpcsim.scenarios.jobscsv;

/**
 * Exact decimal seconds ({@code 12}, {@code 12.5}, {@code 0.000000001}) to nanoseconds without
 * going through a double, so what {@code jobs.csv} wrote comes back to the nanosecond. Digits past
 * the ninth decimal are rounded half up; exponents are not accepted.
 */
final class DecimalSeconds {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private DecimalSeconds() {}

    /**
     * The nanoseconds {@code text} stands for.
     *
     * @throws NumberFormatException when it is not a decimal number
     * @throws ArithmeticException   when it does not fit a long of nanoseconds
     */
    static long parse(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long whole = 0;
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            whole = Math.addExact(Math.multiplyExact(whole, 10), text.charAt(i) - '0');
            i++;
            digits++;
        }
        long fraction = 0;
        int fractionDigits = 0;
        boolean roundUp = false;
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                if (fractionDigits < 9) {
                    fraction = fraction * 10 + (text.charAt(i) - '0');
                    fractionDigits++;
                } else if (fractionDigits == 9) {
                    roundUp = text.charAt(i) >= '5';
                    fractionDigits++;
                }
                i++;
                digits++;
            }
        }
        if (i != n || digits == 0) {
            throw new NumberFormatException(text);
        }
        for (int k = Math.min(fractionDigits, 9); k < 9; k++) {
            fraction *= 10;
        }
        long nanos = Math.addExact(Math.multiplyExact(whole, NANOS_PER_SECOND), fraction + (roundUp ? 1 : 0));
        return negative ? -nanos : nanos;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
