/**
 * Reads Slurm accounting exports ({@code sacct --parsable2}) as jobs; {@link
 * org.hpcsim.scenarios.sacct.SacctReader} is the entry point.
 *
 * <p>How sacct's records become jobs, where sacct leaves room for choice:
 * <ul>
 *   <li><b>One job per job.</b> Step lines ({@code 123.batch}, {@code 123.extern}, {@code 123.0},
 *       {@code 123_4.batch}, {@code 123+1.0}) fold into the job printed before them, counted as
 *       "steps folded"; a step whose job is not the one being read is dropped, "step without its
 *       job". Components of a heterogeneous job ({@code 123+0}, {@code 123+1}) fold into one job
 *       with the first component's times, limit, state, labels and id and the sum of the
 *       components' processors, nodes, GPUs, requested CPUs, memory and CPU time, counted as
 *       "heterogeneous components folded" per extra component. An export with JobIDRaw but no
 *       JobID cannot tell components apart, so they stay separate jobs.</li>
 *   <li><b>Ids.</b> JobIDRaw when present (unique per array task); else JobID's number. Array
 *       tasks read without JobIDRaw all take their array's id, counted as "array task without
 *       JobIDRaw, id shared".</li>
 *   <li><b>Times.</b> Time stamps are local times of the zone given to the reader, turned into
 *       epoch seconds, then simulation nanoseconds. Run time is End - Start (it includes time
 *       suspended), or Elapsed when the export has no End. Requested time is Timelimit; when it is
 *       UNLIMITED, Partition_Limit, INVALID, 0 or empty it is the run time, counted as "time limit
 *       unknown, used run time". Wait is Start - Submit, or unknown (-1) when Start is earlier
 *       ("start before submit, wait unknown").</li>
 *   <li><b>Size.</b> Processors are the allocated CPUs (NCPUS, else AllocCPUS, else AllocTRES
 *       cpu=), or ReqCPUS when the export has none of those columns. Nodes are NNodes (else
 *       AllocNodes, else AllocTRES node=), 0 when unknown. GPUs come from AllocTRES, or ReqTRES
 *       when AllocTRES is absent or empty: the {@code gres/gpu=} total, or the sum of the typed
 *       {@code gres/gpu:TYPE=} entries when there is no total.</li>
 *   <li><b>Labels.</b> User, Group, Account, the first of Partition's comma-separated names, QOS
 *       and JobName; no queue.</li>
 *   <li><b>History.</b> Status from State: COMPLETED; FAILED, OUT_OF_MEMORY, BOOT_FAIL,
 *       LAUNCH_FAILED, RECONFIG_FAIL as failed; CANCELLED (also {@code CANCELLED by <uid>});
 *       TIMEOUT and DEADLINE as timeout; NODE_FAIL; PREEMPTED; RESIZING (the part of a job before
 *       it changed size) as partial; any other name as unknown, counted. Average CPU time is
 *       TotalCPU over the processors, unknown when TotalCPU is absent or 0 ({@code sacct -X}
 *       prints 0 for every job). Requested processors are ReqCPUS. Requested memory per processor
 *       comes from ReqMem: {@code c} (older Slurm, per CPU) as is, {@code n} (older Slurm, per
 *       node) times the nodes, and a value without suffix (current Slurm) as the whole
 *       job's, each divided by the processors; without ReqMem, from ReqTRES mem= (the whole job's).
 *       Used memory, preceding job and think time are unknown.</li>
 *   <li><b>Request options.</b> Constraints becomes {@code --constraint}; the GPU type of the one
 *       typed {@code gres/gpu:TYPE=} entry of AllocTRES (else ReqTRES; none when the job held
 *       several types) its GRES type; the requested memory above, divided by the nodes (rounded
 *       up to a MB), its {@code --mem} per node.</li>
 *   <li><b>Dropped</b>, each counted by reason: "never started" (State PENDING or REVOKED, Start
 *       Unknown or None, or nothing allocated: NCPUS 0, AllocTRES empty, which is how a job
 *       cancelled while pending shows in Slurm versions that give it a Start); "requeued attempt"
 *       (REQUEUED, REQUEUE_HOLD, REQUEUE_FED, SPECIAL_EXIT: the attempt that ran at last has a line
 *       of its own); "still running" (RUNNING, SUSPENDED, COMPLETING and other in-flight states, or
 *       End Unknown); "no processor count"; "no submit time"; "no run time" (no End column and
 *       Elapsed unknown); "end before start".</li>
 * </ul>
 */
package org.hpcsim.scenarios.sacct;
