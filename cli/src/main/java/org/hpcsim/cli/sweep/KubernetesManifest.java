package org.hpcsim.cli.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An Indexed Job (batch/v1) that runs a study on Kubernetes: completion index I runs point I, so
 * the index needs no mapping, and {@code completions} is every point; a point that already has a
 * result is skipped by its task at once ({@code sweep-point --skip-done}), which makes the same
 * manifest resume a study.
 */
final class KubernetesManifest {
    /** Where the study's volume is mounted in every pod: the sweep file and the points folder. */
    static final String MOUNT = "/study";
    // A Job's name is a label value (63 characters at most) and its pods' host names add "-INDEX".
    private static final int NAME_LENGTH = 52;

    private KubernetesManifest() {}

    /** The Job's name for sweep {@code sweepName}: lower-case letters, digits and dashes. */
    static String jobName(String sweepName) {
        String n = ("hpcsim-" + sweepName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        n = n.substring(0, Math.min(n.length(), NAME_LENGTH));
        return n.replaceAll("-+$", "");
    }

    /**
     * The Job for {@code points} points of sweep {@code sweepName}, whose file is
     * {@code sweepFileName} at the volume's top, {@code parallelism} pods at a time, each index
     * retried {@code retries} times ({@code backoffLimitPerIndex}: beta and on by default since
     * Kubernetes 1.29, GA in 1.33).
     */
    static Map<String, Object> of(String sweepName, String sweepFileName, int points, int parallelism, int retries,
                                  String image, String pvc, TaskCommand task) {
        List<String> command = new ArrayList<>(task.sweepPoint(MOUNT + "/" + sweepFileName, MOUNT + "/points"));
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", "sweep-point");
        container.put("image", image);
        // No --index: sweep-point reads JOB_COMPLETION_INDEX, which the Job sets in every pod.
        container.put("command", command);
        // A point is one single-threaded simulation: one CPU each lets pods pack one per core.
        container.put("resources", Map.of("requests", Map.of("cpu", "1")));
        container.put("volumeMounts", List.of(Map.of("name", "study", "mountPath", MOUNT)));

        Map<String, Object> podSpec = new LinkedHashMap<>();
        podSpec.put("restartPolicy", "Never");
        podSpec.put("containers", List.of(container));
        podSpec.put("volumes", List.of(Map.of("name", "study", "persistentVolumeClaim", Map.of("claimName", pvc))));

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("completionMode", "Indexed");
        spec.put("completions", points);
        spec.put("parallelism", parallelism);
        spec.put("backoffLimitPerIndex", retries);
        String name = jobName(sweepName);
        Map<String, String> labels = Map.of("app.kubernetes.io/name", "hpcsim", "app.kubernetes.io/instance", name);
        spec.put("template", Map.of("metadata", Map.of("labels", labels), "spec", podSpec));

        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("labels", labels);
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("apiVersion", "batch/v1");
        job.put("kind", "Job");
        job.put("metadata", metadata);
        job.put("spec", spec);
        return job;
    }

    /** {@code manifest} as YAML; strings are quoted where YAML needs it, so no value changes meaning. */
    static String yaml(Map<String, Object> manifest) {
        YAMLMapper mapper = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // "1" stays the string "1" (a CPU quantity, an image tag), not the number 1.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
        try {
            return mapper.writeValueAsString(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest of maps, lists and strings always writes", e);
        }
    }
}
