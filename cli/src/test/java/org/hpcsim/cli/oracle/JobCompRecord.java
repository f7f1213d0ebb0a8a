package org.hpcsim.cli.oracle;

import java.time.LocalDateTime;

/**
 * One finished job as Slurm's {@code jobcomp/filetxt} plugin logs it. Times are the controller's
 * local wall-clock time to the second, as the log writes them ({@code 2026-11-30T13:52:58}).
 *
 * @param jobId     Slurm's job id ({@code JobId=})
 * @param name      the job name ({@code Name=})
 * @param state     {@code JobState=}, for example COMPLETED, TIMEOUT, FAILED, CANCELLED
 * @param submit    {@code SubmitTime=}
 * @param start     {@code StartTime=}: when the controller allocated the nodes
 * @param end       {@code EndTime=}: when the controller learnt the job had ended
 * @param nodeCount {@code NodeCnt=}
 */
public record JobCompRecord(long jobId, String name, String state, LocalDateTime submit, LocalDateTime start,
                            LocalDateTime end, int nodeCount) {}
