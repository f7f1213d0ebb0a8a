package org.hpcsim.cli.sweep;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.reports.AtomicFile;

/**
 * The batch script of a study's Slurm job array: every array task runs the point whose index is
 * its {@code SLURM_ARRAY_TASK_ID}. Every word is single-quoted, so no path or name is ever read as
 * shell syntax; the array, job name, log files and sbatch options travel on sbatch's command line.
 */
final class SbatchScript {
    private SbatchScript() {}

    /** The script for sweep {@code sweepName} whose tasks run {@code task} plus the index. */
    static String render(String sweepName, List<String> task) {
        StringBuilder sb = new StringBuilder("#!/bin/sh\n");
        sb.append("# Sweep ").append(ShellWords.requireNoControl("sweep name", sweepName))
                .append(": one point per array task. Written by 'hpcsim sweep --executor slurm', which submits\n")
                .append("# it with the array, job name, log files and sbatch options on sbatch's command line.\n");
        sb.append("exec");
        for (String word : task) {
            sb.append(' ').append(ShellWords.quote(ShellWords.requireNoControl("task command", word)));
        }
        sb.append(" --index \"$SLURM_ARRAY_TASK_ID\"\n");
        return sb.toString();
    }

    /** Writes the script to {@code file} whole or not at all; returns the file. */
    static Path write(Path file, String sweepName, List<String> task) {
        AtomicFile.write(file, render(sweepName, task));
        return file;
    }
}
