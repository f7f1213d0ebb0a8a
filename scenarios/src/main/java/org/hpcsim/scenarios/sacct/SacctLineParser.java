package org.hpcsim.scenarios.sacct;

import static org.hpcsim.scenarios.sacct.SacctColumns.get;

/**
 * Turns the fields of one line into a {@link SacctJobId} and, for a job line, a
 * {@link SacctRecord}; a field that is not what sacct writes fails the line with a
 * {@link SacctFormatException} naming the column and the text.
 */
final class SacctLineParser {
    private final SacctColumns columns;
    private final SacctTimes times;
    private final String sourceName;

    SacctLineParser(SacctColumns columns, SacctTimes times, String sourceName) {
        this.columns = columns;
        this.times = times;
        this.sourceName = sourceName;
    }

    /** The line's JobID, or its JobIDRaw when the export has no JobID. */
    SacctJobId id(String[] fields, long line) {
        int column = columns.jobId >= 0 ? columns.jobId : columns.jobIdRaw;
        return jobId(fields, column, line);
    }

    /** The fields of a job line whose JobID is {@code id}. */
    SacctRecord record(String[] fields, SacctJobId id, long line) {
        long number = columns.jobIdRaw >= 0 ? jobId(fields, columns.jobIdRaw, line).job() : id.job();
        boolean idShared = columns.jobIdRaw < 0 && id.arrayTask();
        SacctState state = columns.state < 0 ? SacctState.ABSENT : SacctState.of(fields[columns.state]);

        SacctTres allocTres = tres(fields, columns.allocTres, line);
        SacctTres reqTres = tres(fields, columns.reqTres, line);
        int allocated = allocatedCpus(fields, allocTres, line);
        int requestedCpus = count(fields, columns.reqCpus, line);
        int nodes = firstPositive(count(fields, columns.nnodes, line), count(fields, columns.allocNodes, line),
                (int) Math.min(Integer.MAX_VALUE, allocTres.nodes()));
        int gpus = (int) Math.min(Integer.MAX_VALUE, allocTres != SacctTres.EMPTY ? allocTres.gpus() : reqTres.gpus());
        int processors = SacctRecord.processors(allocated, requestedCpus);
        SacctMemory reqMem = reqMem(fields, line);
        long memoryKb = reqMem != null ? reqMem.totalKilobytes(processors, nodes)
                : reqTres.memoryKb() > 0 ? reqTres.memoryKb() : -1;
        long perCpuKb = reqMem != null && reqMem.scope() == SacctMemory.Scope.CPU ? reqMem.kilobytes() : 0;
        long totalCpu = duration(fields, columns.totalCpu, line);

        String partition = get(fields, columns.partition);
        int comma = partition.indexOf(',');
        return new SacctRecord(line, number, idShared, id.key(), id.hetOffset(), state,
                time(fields, columns.submit, line), time(fields, columns.start, line), time(fields, columns.end, line),
                duration(fields, columns.elapsed, line), duration(fields, columns.timelimit, line), allocated,
                requestedCpus > 0 ? requestedCpus : -1, nodes, gpus, memoryKb, perCpuKb, totalCpu > 0 ? totalCpu : -1,
                get(fields, columns.user), get(fields, columns.group), get(fields, columns.account),
                comma < 0 ? partition : partition.substring(0, comma), get(fields, columns.qos),
                get(fields, columns.jobName), get(fields, columns.constraints).trim(),
                !allocTres.gpuType().isEmpty() ? allocTres.gpuType() : reqTres.gpuType());
    }

    /**
     * CPUs allocated: the first positive of NCPUS, AllocCPUS and AllocTRES cpu=; 0 when the
     * columns there are say nothing was (sacct prints 0 and an empty AllocTRES for a job that never
     * ran); -1 when the export has none of them.
     */
    private int allocatedCpus(String[] fields, SacctTres allocTres, long line) {
        if (!columns.hasAllocation()) {
            return -1;
        }
        return Math.max(0, firstPositive(count(fields, columns.ncpus, line), count(fields, columns.allocCpus, line),
                (int) Math.min(Integer.MAX_VALUE, allocTres.cpus())));
    }

    /** ReqMem when the export has it (null when not: ReqTRES mem= then gives the job's total). */
    private SacctMemory reqMem(String[] fields, long line) {
        String text = get(fields, columns.reqMem);
        if (text.isEmpty()) {
            return null;
        }
        SacctMemory m = SacctMemory.parseReqMem(text);
        if (m == null) {
            throw malformed(line, columns.reqMem, "is not a memory size", text);
        }
        return m;
    }

    private SacctJobId jobId(String[] fields, int column, long line) {
        SacctJobId id = SacctJobId.parse(fields[column]);
        if (id == null) {
            throw malformed(line, column, "is not a job id", fields[column]);
        }
        return id;
    }

    private long time(String[] fields, int column, long line) {
        long t = times.epochSeconds(get(fields, column));
        if (t == SacctTimes.MALFORMED_TIME) {
            throw malformed(line, column, "is not a time (YYYY-MM-DDTHH:MM:SS)", fields[column]);
        }
        return t;
    }

    private long duration(String[] fields, int column, long line) {
        long d = SacctTimes.durationNanos(get(fields, column));
        if (d == SacctTimes.MALFORMED_DURATION) {
            throw malformed(line, column, "is not a duration ([D-][HH:]MM:SS)", fields[column]);
        }
        return d;
    }

    private SacctTres tres(String[] fields, int column, long line) {
        SacctTres t = SacctTres.parse(get(fields, column));
        if (t == null) {
            throw malformed(line, column, "is not a TRES list (name=count,...)", fields[column]);
        }
        return t;
    }

    /** A whole count; 0 when empty or the column is absent. */
    private int count(String[] fields, int column, long line) {
        String text = get(fields, column);
        if (text.isEmpty()) {
            return 0;
        }
        if (text.length() > 9) {
            throw malformed(line, column, "is not a count", text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(line, column, "is not a count", text);
            }
        }
        return Integer.parseInt(text);
    }

    private static int firstPositive(int a, int b, int c) {
        return a > 0 ? a : b > 0 ? b : Math.max(c, 0);
    }

    private SacctFormatException malformed(long line, int column, String what, String text) {
        return new SacctFormatException(sourceName, line, columns.name(column) + " " + what + ": '" + text + "'");
    }
}
