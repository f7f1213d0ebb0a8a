package org.hpcsim.reports.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.reports.AtomicFile;
import org.hpcsim.reports.JsonText;

/**
 * The folder of a study's point results, one JSON file per point, each written to a temporary
 * name and renamed: a reader sees a point's whole result or none of it, and a point written twice
 * (a retried task) is still one file.
 */
public final class PointResultFiles {
    private final Path dir;

    /** The results in {@code dir}. */
    public PointResultFiles(Path dir) {
        this.dir = dir;
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** The file of point {@code index}. */
    public Path fileOf(int index) {
        return dir.resolve(String.format(Locale.ROOT, "point-%06d.json", index));
    }

    /** Writes {@code result}, replacing an earlier result of the same point. */
    public void write(PointResult result) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("sweep", result.sweep());
        tree.put("fingerprint", result.fingerprint());
        tree.put("index", result.index());
        tree.put("parameters", result.parameters());
        List<Object> reps = new ArrayList<>();
        for (PointResult.Replication r : result.replications()) {
            Map<String, Object> rep = new LinkedHashMap<>();
            rep.put("replication", r.replication());
            rep.put("seed", r.seed());
            Map<String, Object> metrics = new LinkedHashMap<>();
            r.metrics().forEach((k, v) -> metrics.put(k, Double.isNaN(v) ? null : v));
            rep.put("metrics", metrics);
            reps.add(rep);
        }
        tree.put("replications", reps);
        AtomicFile.write(fileOf(result.index()), JsonText.render(tree));
    }

    /**
     * The results of the study with {@code fingerprint} among its {@code points} points, by index.
     * Files of another fingerprint or index out of range, and unreadable files, are left out and
     * counted in {@code skipped}.
     */
    public Map<Integer, PointResult> read(String fingerprint, int points, List<String> skipped) {
        Map<Integer, PointResult> results = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return results;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, "point-*.json")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        files.sort(null);
        ObjectMapper mapper = new ObjectMapper();
        for (Path f : files) {
            PointResult r;
            try {
                r = parse(mapper.readTree(f.toFile()));
            } catch (IOException | RuntimeException e) {
                skipped.add(f.getFileName() + ": unreadable (" + e.getMessage() + ")");
                continue;
            }
            if (!fingerprint.equals(r.fingerprint())) {
                skipped.add(f.getFileName() + ": from another sweep definition (fingerprint " + r.fingerprint() + ")");
            } else if (r.index() < 0 || r.index() >= points || !f.equals(fileOf(r.index()))) {
                skipped.add(f.getFileName() + ": point " + r.index() + " does not belong in this file");
            } else {
                results.put(r.index(), r);
            }
        }
        return results;
    }

    /** Whether point {@code index} has a result of the study with {@code fingerprint}. */
    public boolean has(int index, String fingerprint) {
        Path f = fileOf(index);
        if (!Files.isRegularFile(f)) {
            return false;
        }
        try {
            return fingerprint.equals(parse(new ObjectMapper().readTree(f.toFile())).fingerprint());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static PointResult parse(JsonNode tree) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.required("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        List<PointResult.Replication> reps = new ArrayList<>();
        for (JsonNode rep : tree.required("replications")) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = rep.required("metrics").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                metrics.put(e.getKey(), e.getValue().isNull() ? Double.NaN : e.getValue().asDouble());
            }
            reps.add(new PointResult.Replication(rep.required("replication").asInt(), rep.required("seed").asLong(),
                    metrics));
        }
        return new PointResult(tree.required("sweep").asText(), tree.required("fingerprint").asText(),
                tree.required("index").asInt(), params, reps);
    }
}
