package org.hpcsim.reports;

import java.time.LocalDate;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.scenarios.trace.AsciiLine;
import org.hpcsim.scenarios.trace.JobCsvColumns;

/**
 * One job as {@code sacct --parsable2 --format=JobID,Partition,Submit,Start,End,Elapsed,NNodes,
 * NCPUS,AllocTRES,State,Reason} prints it, the simulation clock placed at a given Unix time and
 * read in UTC. Facts are from SchedMD/slurm at 284c3b95f08a (2026), files named where used.
 */
final class SacctRow {
    /**
     * The header sacct prints: the field names (sacct.c), '|' between them and, with --parsable2,
     * none after the last (print_fields.c).
     */
    static final String HEADER = "JobID|Partition|Submit|Start|End|Elapsed|NNodes|NCPUS|AllocTRES|State|Reason";

    private static final long DAY = 86_400;

    private final long unixStartTime;

    /** Rows whose simulation time 0 is the Unix time {@code unixStartTime} (seconds). */
    SacctRow(long unixStartTime) {
        this.unixStartTime = unixStartTime;
    }

    /** Appends {@code o}'s row and a line end to {@code line}. */
    AsciiLine append(JobOutcome o, AsciiLine line) {
        long submit = wallSeconds(o.job().submitTime());
        long start = wallSeconds(o.startTime());
        long end = wallSeconds(o.endTime());
        long cpus = o.allocatedCores();
        // An array task's JobID is <array job id>_<index> (sacct(1), JobID).
        JobCsvColumns.appendJobId(line, o.job()).append('|').append(o.partition()).append('|');
        appendTime(line, submit).append('|');
        appendTime(line, start).append('|');
        appendTime(line, end).append('|');
        // slurmdbd stores whole seconds (time_t), and sacct's Elapsed is End - Start of those.
        appendElapsed(line, end - start).append('|');
        line.append(o.allocatedUnits()).append('|').append(cpus).append('|');
        appendTres(line, o.billing(), cpus, o.job().gpus(), o.allocatedUnits()).append('|');
        // Reason prints state_reason_prev (sacct/print.c), which keeps only reasons other than None,
        // Priority and Resources (slurmctld/job_scheduler.c); the model has no other reason to wait,
        // and WAIT_NO_REASON reads "None" (job_state_reason.c).
        // COMPLETED, TIMEOUT or PREEMPTED; a requeued job's lost runs show only under sacct --duplicates, so none here.
        line.append(o.endState().name()).append("|None\n");
        return line;
    }

    /** The Unix second of simulation time {@code nanos}, truncated as slurmctld's time(NULL) is. */
    private long wallSeconds(long nanos) {
        return unixStartTime + Math.floorDiv(nanos, SimTime.SECOND);
    }

    /**
     * AllocTRES: sacct sorts the entries by name (slurmdb_make_tres_string_from_simple and
     * slurm_char_list_to_xstr, since Slurm 18.08). billing is the job's billable TRES: the CPU
     * count without TRESBillingWeights (slurm.conf(5)); mem is left out (real exports have mem=
     * between gres/gpu and node).
     */
    static AsciiLine appendTres(AsciiLine line, long billing, long cpus, long gpus, long nodes) {
        line.append("billing=").append(billing).append(",cpu=").append(cpus);
        if (gpus > 0) {
            line.append(",gres/gpu=").append(gpus);
        }
        return line.append(",node=").append(nodes);
    }

    /** {@code YYYY-MM-DDTHH:MM:SS} in UTC: "%FT%T", sacct's default time format (parse_time.c). */
    static AsciiLine appendTime(AsciiLine line, long unixSeconds) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(unixSeconds, DAY));
        long second = Math.floorMod(unixSeconds, DAY);
        int year = date.getYear();
        if (year < 1000) {
            line.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        line.append(year).append('-');
        two(line, date.getMonthValue()).append('-');
        two(line, date.getDayOfMonth()).append('T');
        return clock(line, second);
    }

    /** {@code [D-]HH:MM:SS}, as secs2time_str (parse_time.c) writes durations. */
    static AsciiLine appendElapsed(AsciiLine line, long seconds) {
        if (seconds >= DAY) {
            line.append(seconds / DAY).append('-');
        }
        return clock(line, seconds % DAY);
    }

    private static AsciiLine clock(AsciiLine line, long secondOfDay) {
        two(line, secondOfDay / 3600).append(':');
        two(line, secondOfDay / 60 % 60).append(':');
        return two(line, secondOfDay % 60);
    }

    private static AsciiLine two(AsciiLine line, long v) {
        if (v < 10) {
            line.append('0');
        }
        return line.append(v);
    }
}
