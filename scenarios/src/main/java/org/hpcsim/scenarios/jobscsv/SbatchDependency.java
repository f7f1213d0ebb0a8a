package org.hpcsim.scenarios.jobscsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.JobLinks;

/**
 * Reads sbatch's {@code --dependency} text: {@code type:id[:id...]} joined by {@code ,} (all must
 * hold) or by {@code ?} (any one suffices), never both; an id is a job id, an array job id (all its
 * tasks) or {@code <array id>_<index>} (one task). Types after, afterany, afterok, afternotok and
 * aftercorr are modelled, {@code singleton} stands alone without ids, and the old form of bare ids
 * means afterany. Facts are from sbatch(1) and
 * job_scheduler.c (_parse_dependency_str, _parse_dependency_jobid_old) at SchedMD/slurm 284c3b95f08a.
 */
final class SbatchDependency {
    static final String ALLOWED = "allowed: after, afterany, afterok, afternotok, aftercorr with job ids or"
            + " <array>_<task>, and singleton, joined by ',' (all) or '?' (any)";

    private SbatchDependency() {}

    /** The dependencies {@code text} gives, as links without an array; throws with what is wrong. */
    static JobLinks parse(String text) {
        String t = text.trim();
        boolean comma = t.indexOf(',') >= 0;
        boolean any = t.indexOf('?') >= 0;
        if (comma && any) {
            throw new IllegalArgumentException("dependency '" + text + "' mixes ',' and '?' (sbatch accepts one"
                    + " or the other)");
        }
        List<JobDependency> out = new ArrayList<>();
        for (String part : t.split(any ? "\\?" : ",", -1)) {
            parsePart(part.trim(), text, out);
        }
        return new JobLinks(out, any, -1, -1, 0);
    }

    private static void parsePart(String part, String text, List<JobDependency> out) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("dependency '" + text + "' has an empty entry; " + ALLOWED);
        }
        int colon = part.indexOf(':');
        String type = (colon < 0 ? part : part.substring(0, colon)).toLowerCase(Locale.ROOT);
        if (type.equals("singleton")) {
            // job_scheduler.c, _parse_dependency_str: "singleton" takes no job id.
            if (colon >= 0) {
                throw new IllegalArgumentException("dependency '" + text + "': singleton takes no job id; " + ALLOWED);
            }
            if (!out.contains(JobDependency.SINGLETON_DEPENDENCY)) {
                out.add(JobDependency.SINGLETON_DEPENDENCY); // update_job_dependency ignores duplicates
            }
            return;
        }
        if (colon < 0) {
            // job_scheduler.c, _parse_dependency_jobid_old: a bare job id is afterany.
            out.add(new JobDependency(JobDependency.Type.AFTERANY, id(part, text)));
            return;
        }
        JobDependency.Type t = type(type, text);
        String[] ids = part.substring(colon + 1).split(":", -1);
        for (String id : ids) {
            out.add(new JobDependency(t, id(id.trim(), text)));
        }
    }

    private static JobDependency.Type type(String name, String text) {
        for (JobDependency.Type t : JobDependency.Type.values()) {
            if (t != JobDependency.Type.SINGLETON && t.sbatchName().equals(name)) {
                return t;
            }
        }
        String why = switch (name) {
            case "afterburstbuffer", "expand" -> "'" + name + "' is not modelled";
            default -> "unknown type '" + name + "'";
        };
        throw new IllegalArgumentException("dependency '" + text + "': " + why + "; " + ALLOWED);
    }

    private static long id(String s, String text) {
        if (s.indexOf('+') >= 0) {
            throw new IllegalArgumentException("dependency '" + text + "': a delay (+minutes) is not modelled; "
                    + ALLOWED);
        }
        try {
            int us = s.indexOf('_');
            if (us < 0) {
                long id = Long.parseLong(s);
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                return id;
            }
            return ArrayTaskIds.of(Long.parseLong(s.substring(0, us)), Integer.parseInt(s.substring(us + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dependency '" + text + "': '" + s + "' is not a job id; " + ALLOWED);
        }
    }
}
