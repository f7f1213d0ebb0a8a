package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each job's nodes were free again, from the slurmd logs of a replay (SlurmdDebug=debug): a
 * job's end ({@code _job_complete: JobId=N done} in slurmctld.log) leaves its nodes completing
 * until each slurmd has answered the controller's terminate request, which it logs on receipt
 * ({@code _rpc_terminate_job: uid = U JobId=N}) and, with no epilog and no step left, answers at
 * once (req.c). The controller frees the node on that answer (agent.c), and asks for a pass that
 * the background loop holds until {@code batch_sched_delay} after the last one: a pass on the tick
 * between the end and the answer leaves the job's nodes busy, and the next start 3 s later.
 * 1 to 6 ms after the end on a quiet machine; longer on a busy one.
 */
public final class NodeReleases {
    private static final Pattern TERMINATE = Pattern.compile(
            "^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})] debug:\\s+_rpc_terminate_job: uid = \\d+ JobId=(\\d+)$");

    private NodeReleases() {}

    /**
     * Each job's last terminate request received by any of its nodes, by Slurm job id, from the
     * {@code slurmd-*.log} files in {@code logDir}; empty where they log at info. A log may hold an
     * earlier cluster's lines (job ids restart at 1): the latest line of a job id wins.
     */
    public static Map<Long, LocalDateTime> read(Path logDir) {
        Map<Long, LocalDateTime> released = new HashMap<>();
        if (!Files.isDirectory(logDir)) {
            return released;
        }
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(logDir, "slurmd-*.log")) {
            for (Path log : logs) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    Matcher m = TERMINATE.matcher(line);
                    if (m.matches()) {
                        SlurmctldLog.time(m.group(1)).ifPresent(t -> released.merge(Long.parseLong(m.group(2)), t,
                                (a, b) -> a.isAfter(b) ? a : b));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return released;
    }
}
