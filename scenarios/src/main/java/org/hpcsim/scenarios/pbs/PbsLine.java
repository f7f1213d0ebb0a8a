package org.hpcsim.scenarios.pbs;

/**
 * One accounting line split into its four {@code ;}-separated parts:
 * {@code MM/DD/YYYY HH:MM:SS;type;job id;message}. The message keeps any further {@code ;}.
 */
record PbsLine(String type, String jobId, String message) {
    private static final String TIMESTAMP_SHAPE = "dd/dd/dddd dd:dd:dd";

    /** Splits a line; throws {@link PbsProblem} when it is not of that shape. */
    static PbsLine parse(String line) {
        int a = line.indexOf(';');
        int b = a < 0 ? -1 : line.indexOf(';', a + 1);
        int c = b < 0 ? -1 : line.indexOf(';', b + 1);
        if (c < 0) {
            int parts = a < 0 ? 1 : b < 0 ? 2 : 3;
            throw new PbsProblem("expected 4 ';'-separated parts (time;type;id;message), found " + parts);
        }
        String time = line.substring(0, a);
        if (!isTimestamp(time)) {
            throw new PbsProblem("time is not MM/DD/YYYY HH:MM:SS: '" + time + "'");
        }
        String type = line.substring(a + 1, b);
        if (type.isEmpty()) {
            throw new PbsProblem("record type is empty");
        }
        return new PbsLine(type, line.substring(b + 1, c), line.substring(c + 1));
    }

    private static boolean isTimestamp(String s) {
        if (s.length() != TIMESTAMP_SHAPE.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char want = TIMESTAMP_SHAPE.charAt(i);
            char got = s.charAt(i);
            if (want == 'd' ? got < '0' || got > '9' : got != want) {
                return false;
            }
        }
        return true;
    }
}
