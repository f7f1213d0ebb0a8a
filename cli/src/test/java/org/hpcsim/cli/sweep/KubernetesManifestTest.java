package org.hpcsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Indexed Job manifest, read back as Kubernetes would read it and checked field by field. */
class KubernetesManifestTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode job(String image, TaskCommand task) throws IOException {
        String text = KubernetesManifest.yaml(KubernetesManifest.of("Study_2.a", "study.yaml", 12, 4, 2, image, "results",
                task));
        return YAML.readTree(text);
    }

    @Test
    void shouldBeAnIndexedJobWithOneCompletionPerPoint() throws IOException {
        JsonNode job = job("registry.example.org/hpcsim:0.1", new TaskCommand(List.of("hpcsim")));
        assertEquals("batch/v1", job.get("apiVersion").asText());
        assertEquals("Job", job.get("kind").asText());
        assertEquals("hpcsim-study-2-a", job.at("/metadata/name").asText());
        JsonNode spec = job.get("spec");
        assertEquals("Indexed", spec.get("completionMode").asText());
        assertTrue(spec.get("completions").isInt());
        assertEquals(12, spec.get("completions").asInt());
        assertEquals(4, spec.get("parallelism").asInt());
        assertEquals(2, spec.get("backoffLimitPerIndex").asInt());
        // backoffLimitPerIndex requires restartPolicy Never (Kubernetes Job docs).
        assertEquals("Never", spec.at("/template/spec/restartPolicy").asText());
    }

    @Test
    void shouldRunSweepPointOnTheVolumeWithTheIndexFromTheJob() throws IOException {
        JsonNode pod = job("registry.example.org/hpcsim:0.1", new TaskCommand(List.of("hpcsim"))).at("/spec/template/spec");
        assertEquals(1, pod.get("containers").size());
        JsonNode c = pod.get("containers").get(0);
        assertEquals("registry.example.org/hpcsim:0.1", c.get("image").asText());
        List<String> command = new ArrayList<>();
        c.get("command").forEach(w -> command.add(w.asText()));
        // No --index: sweep-point reads JOB_COMPLETION_INDEX.
        assertEquals(List.of("hpcsim", "sweep-point", "/study/study.yaml", "--results", "/study/points", "--skip-done"),
                command);
        assertEquals("/study", c.at("/volumeMounts/0/mountPath").asText());
        String volume = c.at("/volumeMounts/0/name").asText();
        assertEquals(volume, pod.at("/volumes/0/name").asText());
        assertEquals("results", pod.at("/volumes/0/persistentVolumeClaim/claimName").asText());
        assertEquals("1", c.at("/resources/requests/cpu").asText());
        assertTrue(c.at("/resources/requests/cpu").isTextual(), "a quantity written as a string");
    }

    @Test
    void shouldKeepEveryStringAsWrittenWhateverYamlMakesOfIt() throws IOException {
        for (String word : List.of("yes", "1.0", "null", "a: b", "#x", "- y", "{z}", "it's \"q\"", "~", "0x1F")) {
            JsonNode job = job(word, new TaskCommand(List.of("/opt/hpcsim/bin/hpcsim", word)));
            JsonNode c = job.at("/spec/template/spec/containers/0");
            assertEquals(word, c.get("image").asText(), word);
            assertTrue(c.get("image").isTextual(), word);
            assertEquals(word, c.get("command").get(1).asText(), word);
        }
    }

    @Test
    void shouldNameTheJobAsKubernetesAllows() {
        assertEquals("hpcsim-study", KubernetesManifest.jobName("study"));
        assertEquals("hpcsim-a-b-c", KubernetesManifest.jobName("A.b_C"));
        assertEquals("hpcsim", KubernetesManifest.jobName("___"));
        String longName = KubernetesManifest.jobName("x".repeat(100));
        assertTrue(longName.length() <= 52 && longName.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"), longName);
    }
}
