package org.hpcsim.scenarios.swf;

/** The 18 SWF fields in file order, with the names used in error messages and their value kind. */
enum SwfField {
    JOB_NUMBER("job number", Kind.LONG),
    SUBMIT_TIME("submit time", Kind.TIME),
    WAIT_TIME("wait time", Kind.TIME),
    RUN_TIME("run time", Kind.TIME),
    ALLOCATED_PROCESSORS("allocated processors", Kind.INT),
    AVERAGE_CPU_TIME("average CPU time", Kind.TIME),
    USED_MEMORY("used memory", Kind.LONG),
    REQUESTED_PROCESSORS("requested processors", Kind.INT),
    REQUESTED_TIME("requested time", Kind.TIME),
    REQUESTED_MEMORY("requested memory", Kind.LONG),
    STATUS("status", Kind.INT),
    USER_ID("user", Kind.INT),
    GROUP_ID("group", Kind.INT),
    EXECUTABLE_ID("executable", Kind.INT),
    QUEUE_ID("queue", Kind.INT),
    PARTITION_ID("partition", Kind.INT),
    PRECEDING_JOB("preceding job", Kind.LONG),
    THINK_TIME("think time", Kind.TIME);

    /** How a field's token is parsed and range-checked. */
    enum Kind { TIME, INT, LONG }

    static final SwfField[] ALL = values();
    static final int COUNT = ALL.length;

    final String label;
    final Kind kind;

    SwfField(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** The 1-based field number SWF documentation uses. */
    int number() {
        return ordinal() + 1;
    }
}
