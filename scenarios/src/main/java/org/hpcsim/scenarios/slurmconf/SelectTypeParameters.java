package org.hpcsim.scenarios.slurmconf;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SelectTypeParameters checked as slurmctld 22.05 parses them (slurm_selecttype_info.c,
 * parse_select_type_param): every word known, case aside; at most one of the consumable resource
 * words (CR_CPU, CR_Core, CR_Socket, CR_Memory and their _Memory forms); CR_ONE_TASK_PER_CORE not
 * with CR_CPU or CR_CPU_Memory. slurmctld stops on anything else ("Bad SelectTypeParameter").
 */
public final class SelectTypeParameters {
    /** The consumable resource words, of which one at most. */
    private static final Set<String> RESOURCES = Set.of("CR_SOCKET", "CR_SOCKET_MEMORY", "CR_CORE", "CR_CORE_MEMORY",
            "CR_MEMORY", "CR_CPU", "CR_CPU_MEMORY");
    /** The other words slurm_selecttype_info.c knows. */
    private static final Set<String> FLAGS = Set.of("OTHER_CONS_RES", "OTHER_CONS_TRES", "CR_ALLOCATE_FULL_SOCKET",
            "CR_ONE_TASK_PER_CORE", "CR_CORE_DEFAULT_DIST_BLOCK", "CR_LLN", "CR_PACK_NODES");
    /** What every refusal says is allowed. */
    private static final String ALLOWED = "one of CR_CPU, CR_Core, CR_Socket, CR_Memory, CR_CPU_Memory,"
            + " CR_Core_Memory, CR_Socket_Memory, with any of CR_ONE_TASK_PER_CORE (not with CR_CPU*),"
            + " CR_CORE_DEFAULT_DIST_BLOCK, CR_LLN, CR_Pack_Nodes, CR_ALLOCATE_FULL_SOCKET, other_cons_res,"
            + " other_cons_tres";

    private SelectTypeParameters() {}

    /** Whether {@code word} names a consumable resource (CR_CPU, CR_Core_Memory, ...), case aside. */
    public static boolean isResource(String word) {
        return RESOURCES.contains(word.toUpperCase(Locale.ROOT));
    }

    /** The words of {@code p} as written, checked. */
    static List<String> read(ConfPair p) {
        List<String> words = ConfValues.list(p);
        String resource = null;
        for (String w : words) {
            String upper = w.toUpperCase(Locale.ROOT);
            if (isResource(w)) {
                if (resource != null) {
                    throw p.bad("names two consumable resources, " + resource + " and " + w, ALLOWED);
                }
                resource = w;
            } else if (!FLAGS.contains(upper)) {
                throw p.bad("names " + w + ", which slurmctld does not know (\"Bad SelectTypeParameter\")", ALLOWED);
            }
        }
        boolean cpus = resource != null && resource.toUpperCase(Locale.ROOT).startsWith("CR_CPU");
        if (cpus && words.stream().anyMatch(w -> w.equalsIgnoreCase("CR_ONE_TASK_PER_CORE"))) {
            throw p.bad("pairs CR_ONE_TASK_PER_CORE with " + resource + " (slurmctld: not compatible with CR_CPU*)",
                    ALLOWED);
        }
        return words;
    }
}
