package org.hpcsim.scenarios.swf;

/**
 * One job line of an SWF trace, all 18 fields as written; {@code -1} means unknown in any field.
 *
 * <p>Times are seconds as {@code double} because real traces carry decimals (HPC2N writes
 * average CPU times such as {@code 552.21}). Memory is in kilobytes per processor.
 *
 * @param jobNumber field 1
 * @param submitTime field 2, seconds since the trace's UnixStartTime
 * @param waitTime field 3, seconds
 * @param runTime field 4, seconds; 0 is a legal run time
 * @param allocatedProcessors field 5
 * @param averageCpuTime field 6, seconds
 * @param usedMemory field 7, KB per processor
 * @param requestedProcessors field 8
 * @param requestedTime field 9, seconds
 * @param requestedMemory field 10, KB per processor
 * @param status field 11: 1 completed, 0 failed, 5 cancelled, 2-4 partial or checkpointed
 * @param userId field 12
 * @param groupId field 13
 * @param executableId field 14
 * @param queueId field 15
 * @param partitionId field 16
 * @param precedingJob field 17, the job number this job depends on
 * @param thinkTime field 18, seconds after the preceding job ended
 */
public record SwfRecord(
        long jobNumber,
        double submitTime,
        double waitTime,
        double runTime,
        int allocatedProcessors,
        double averageCpuTime,
        long usedMemory,
        int requestedProcessors,
        double requestedTime,
        long requestedMemory,
        int status,
        int userId,
        int groupId,
        int executableId,
        int queueId,
        int partitionId,
        long precedingJob,
        double thinkTime) {

    /** The value SWF writes for an unknown field. */
    public static final int UNKNOWN = -1;
}
