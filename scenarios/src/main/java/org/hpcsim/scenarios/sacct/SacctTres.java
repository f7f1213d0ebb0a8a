package org.hpcsim.scenarios.sacct;

/**
 * The counts the reader needs from a TRES list such as
 * {@code billing=8,cpu=8,gres/gpu=2,gres/gpu:a100=2,mem=32G,node=1} (AllocTRES, ReqTRES).
 *
 * <p>GPUs: Slurm lists the untyped total {@code gres/gpu=N} and, when GPUs have types, one
 * {@code gres/gpu:TYPE=N} entry per type as well; summing all of them would count each GPU twice.
 * So the untyped total is used, and the typed entries are summed only when it is absent.
 *
 * @param cpus      {@code cpu=}, or -1 when absent
 * @param nodes     {@code node=}, or -1 when absent
 * @param gpus      GPUs as above, 0 when the list has none
 * @param memoryKb  {@code mem=} in KB, or -1 when absent
 * @param gpuType   the TYPE of its {@code gres/gpu:TYPE=} entries when they name one type only, else ""
 */
record SacctTres(long cpus, long nodes, long gpus, long memoryKb, String gpuType) {
    /** An empty list: what sacct prints for a job that was never allocated anything. */
    static final SacctTres EMPTY = new SacctTres(-1, -1, 0, -1, "");

    /** The counts of a TRES list; {@link #EMPTY} when blank, null when an entry it needs is malformed. */
    static SacctTres parse(String text) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        long cpus = -1;
        long nodes = -1;
        long gpuTotal = -1;
        long typedGpus = 0;
        long memoryKb = -1;
        String gpuType = null;
        int from = 0;
        while (from <= text.length()) {
            int comma = text.indexOf(',', from);
            int to = comma < 0 ? text.length() : comma;
            int eq = text.indexOf('=', from);
            if (eq < 0 || eq > to) {
                return null;
            }
            String name = text.substring(from, eq);
            String value = text.substring(eq + 1, to);
            if (name.equals("cpu")) {
                cpus = count(value);
            } else if (name.equals("node")) {
                nodes = count(value);
            } else if (name.equals("mem")) {
                memoryKb = SacctMemory.kilobytes(value);
            } else if (name.equals("gres/gpu")) {
                gpuTotal = count(value);
            } else if (name.startsWith("gres/gpu:")) {
                long n = count(value);
                typedGpus = n < 0 || typedGpus < 0 ? -1 : typedGpus + n;
                String type = name.substring("gres/gpu:".length());
                gpuType = gpuType == null || gpuType.equals(type) ? type : "";
            } else {
                from = to + 1;
                continue; // billing, energy, licences...: not needed, not checked
            }
            if (cpus < -1 || nodes < -1 || gpuTotal < -1 || typedGpus < 0 || (name.equals("mem") && memoryKb < 0)) {
                return null;
            }
            from = to + 1;
        }
        return new SacctTres(cpus, nodes, gpuTotal >= 0 ? gpuTotal : typedGpus, memoryKb,
                gpuType == null ? "" : gpuType);
    }

    /** A whole count, or -2 when it is not one (so that -1 can keep meaning "absent"). */
    private static long count(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return -2;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
        }
        return Long.parseLong(value);
    }
}
