package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every scenario file in the example folders loads (the top folder is covered by ScenarioLoaderTest). */
class ExampleFoldersTest {
    @ParameterizedTest
    @ValueSource(strings = {"examples/hardware", "examples/kubernetes", "examples/slurm-gpu-types",
        "examples/slurm-partition-qos", "examples/slurm-cpus-for-gpus", "examples/slurm-cpus-per-task"})
    void shouldLoadEveryScenarioOfTheFolder(String folder) throws IOException {
        Path dir = Path.of(folder);
        assumeTrue(Files.isDirectory(dir), "no folder " + dir.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        ScenarioLoader loader = new ScenarioLoader();
        for (Path f : files) {
            assertNotNull(loader.load(f).scheduler(), f.toString());
        }
    }
}
