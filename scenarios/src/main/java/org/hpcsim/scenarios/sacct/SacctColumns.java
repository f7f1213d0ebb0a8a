package org.hpcsim.scenarios.sacct;

import java.util.Locale;

/**
 * Where each field the reader uses sits in an export's lines, from its header line: field names
 * in any order and letter case, any subset, unknown ones ignored. A column the export lacks has
 * index -1, and {@link #get} reads it as the empty string.
 */
final class SacctColumns {
    /** What to export, quoted in the message for a missing column. */
    static final String AT_LEAST = "sacct --parsable2 with at least JobID,Submit,Start,End,NCPUS";

    final int count;
    final int jobId;
    final int jobIdRaw;
    final int submit;
    final int start;
    final int end;
    final int elapsed;
    final int timelimit;
    final int state;
    final int ncpus;
    final int allocCpus;
    final int allocTres;
    final int reqCpus;
    final int nnodes;
    final int allocNodes;
    final int reqMem;
    final int reqTres;
    final int totalCpu;
    final int user;
    final int group;
    final int account;
    final int partition;
    final int qos;
    final int jobName;
    final int constraints;

    private final String[] names;

    private SacctColumns(String[] names) {
        this.names = names;
        this.count = names.length;
        jobId = find("JobID");
        jobIdRaw = find("JobIDRaw");
        submit = find("Submit");
        start = find("Start");
        end = find("End");
        elapsed = find("Elapsed");
        timelimit = find("Timelimit");
        state = find("State");
        ncpus = find("NCPUS");
        allocCpus = find("AllocCPUS");
        allocTres = find("AllocTRES");
        reqCpus = find("ReqCPUS");
        nnodes = find("NNodes");
        allocNodes = find("AllocNodes");
        reqMem = find("ReqMem");
        reqTres = find("ReqTRES");
        totalCpu = find("TotalCPU");
        user = find("User");
        group = find("Group");
        account = find("Account");
        partition = find("Partition");
        qos = find("QOS");
        jobName = find("JobName");
        constraints = find("Constraints");
    }

    /**
     * The columns of a header line, or a {@link SacctFormatException} on line 1 naming the first
     * required column it lacks.
     */
    static SacctColumns parse(String header, String sourceName) {
        if (!header.isEmpty() && header.charAt(0) == '\uFEFF') {
            header = header.substring(1); // a byte-order mark some editors add is not part of the name
        }
        String[] names = header.split("\\|", -1);
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].trim();
        }
        if (!names[0].isEmpty() && Character.isDigit(names[0].charAt(0))) {
            throw new SacctFormatException(sourceName, 1,
                    "no header line, found a job line instead (" + AT_LEAST + ", without --noheader)");
        }
        SacctColumns c = new SacctColumns(names);
        String missing = c.firstMissing();
        if (missing != null) {
            throw new SacctFormatException(sourceName, 1, "missing column " + missing + " (" + AT_LEAST + ")");
        }
        return c;
    }

    private String firstMissing() {
        if (jobId < 0 && jobIdRaw < 0) {
            return "JobID or JobIDRaw";
        }
        if (submit < 0) {
            return "Submit";
        }
        if (start < 0) {
            return "Start";
        }
        if (end < 0 && elapsed < 0) {
            return "End or Elapsed";
        }
        if (ncpus < 0 && allocCpus < 0 && allocTres < 0 && reqCpus < 0) {
            return "NCPUS, AllocCPUS, AllocTRES or ReqCPUS";
        }
        return null;
    }

    /** Whether some column says what was allocated, so that an empty allocation means "never ran". */
    boolean hasAllocation() {
        return ncpus >= 0 || allocCpus >= 0 || allocTres >= 0;
    }

    /** The field of a split line, or "" when the export lacks the column. */
    static String get(String[] fields, int column) {
        return column < 0 ? "" : fields[column];
    }

    /** The column's name as the header spells it, for messages. */
    String name(int column) {
        return names[column];
    }

    private int find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            if (names[i].toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
