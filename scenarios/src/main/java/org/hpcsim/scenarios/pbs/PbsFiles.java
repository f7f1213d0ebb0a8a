package org.hpcsim.scenarios.pbs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hpcsim.scenarios.trace.TraceFiles;

/** Finding and opening the files of an accounting log: one file, or a directory of daily files. */
final class PbsFiles {
    private static final int BUFFER_BYTES = 64 * 1024;

    private PbsFiles() {}

    /** The file itself, or a directory's regular files in name order. */
    static List<Path> list(Path fileOrDirectory) throws IOException {
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(fileOrDirectory)) {
            entries.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /** Opens a file as UTF-8 text, decompressing it when it starts with the gzip magic bytes. */
    static BufferedReader open(Path file) throws IOException {
        return TraceFiles.openText(file);
    }
}
