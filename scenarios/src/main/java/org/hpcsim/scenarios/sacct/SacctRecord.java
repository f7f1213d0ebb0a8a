package org.hpcsim.scenarios.sacct;

/**
 * One job line of an export (a job, an array task or one heterogeneous component), its fields
 * read but not yet judged. Times are epoch seconds or {@link SacctTimes#UNKNOWN_TIME}; durations
 * are nanoseconds or -1; counts are -1 when unknown.
 *
 * @param line           the 1-based line number
 * @param id             JobIDRaw, else the leading number of JobID
 * @param idShared       an array task read without JobIDRaw, so its id is the array's
 * @param key            what its steps and other heterogeneous components share ({@link SacctJobId#key})
 * @param hetOffset      its heterogeneous component, or -1
 * @param state          what its State says
 * @param submit         Submit
 * @param start          Start
 * @param end            End, or {@link SacctTimes#UNKNOWN_TIME} also when the export has no End
 * @param elapsed        Elapsed
 * @param limit          Timelimit
 * @param allocated      CPUs allocated (NCPUS, AllocCPUS, AllocTRES cpu=): 0 when the export says none
 *                       were, -1 when it has none of those columns
 * @param requestedCpus  ReqCPUS
 * @param nodes          NNodes (AllocNodes, AllocTRES node=), 0 when unknown
 * @param gpus           GPUs of AllocTRES, else of ReqTRES
 * @param memoryKb       the job's total requested memory in KB (ReqMem, else ReqTRES mem=)
 * @param memoryPerCpuKb KB per CPU when ReqMem says memory was asked per CPU (older sacct's
 *                       {@code c} suffix, {@code --mem-per-cpu}), else 0
 * @param totalCpu       TotalCPU, -1 when absent or 0 (as {@code sacct -X} prints it)
 * @param user           User
 * @param group          Group
 * @param account        Account
 * @param partition      the first of Partition's names
 * @param qos            QOS
 * @param name           JobName
 * @param constraint     Constraints ({@code --constraint}), "" when none
 * @param gpuType        the GPU type of AllocTRES, else of ReqTRES, "" when none or several
 */
record SacctRecord(long line, long id, boolean idShared, String key, int hetOffset, SacctState state, long submit,
                   long start, long end, long elapsed, long limit, int allocated, int requestedCpus, int nodes,
                   int gpus, long memoryKb, long memoryPerCpuKb, long totalCpu, String user, String group, String account,
                   String partition, String qos, String name, String constraint, String gpuType) {

    /** The processors it ran on: those allocated, or those requested when the export says nothing of allocation. */
    int processors() {
        return processors(allocated, requestedCpus);
    }

    /** As {@link #processors()}, from the two counts, for the parser before the record exists. */
    static int processors(int allocated, int requestedCpus) {
        return allocated >= 0 ? allocated : Math.max(0, requestedCpus);
    }
}
