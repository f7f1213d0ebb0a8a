package org.hpcsim.cli.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.AtomicFile;

/**
 * The job ids a study has submitted, one per line in {@code OUT/slurm/jobs.txt}: a driver started
 * again (after a crash or Ctrl-C) first waits for the tasks an earlier one left running, rather
 * than submitting their points a second time.
 */
final class SlurmJobLedger {
    private final Path file;

    /** The ledger in {@code file}. */
    SlurmJobLedger(Path file) {
        this.file = file;
    }

    /** The ids recorded, oldest first; lines that are not ids (a hand edit) are passed over. */
    List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return ids;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    ids.add(Long.parseLong(line.strip()));
                } catch (NumberFormatException e) {
                    // not an id: nothing to wait for
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return ids;
    }

    /** Records {@code jobId}, rewriting the file whole so a crash never leaves half a line. */
    void add(long jobId) {
        StringBuilder sb = new StringBuilder();
        for (long id : ids()) {
            sb.append(id).append('\n');
        }
        sb.append(jobId).append('\n');
        AtomicFile.write(file, sb.toString());
    }
}
