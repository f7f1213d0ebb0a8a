package org.hpcsim.cli.calibrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The benchmark sources that ship in the jar (models/src/main/native, under
 * org/hpcsim/native/), and unpacking them into a folder to build there.
 */
final class NativeSources {
    /** Resource folder of the sources. */
    static final String ROOT = "org/hpcsim/native/";

    /** Every source file, relative to {@link #ROOT}; a test keeps this list equal to the folder's. */
    static final List<String> FILES = List.of(
            "cuda/gemm.cu", "cuda/gpu_common.h", "cuda/stream.cu", "cuda/transfer.cu", "cuda/vector_add.cu",
            "mpi/allreduce.c", "mpi/bandwidth.c", "mpi/bench_options.h", "mpi/latency.c",
            "numa/triad.c");

    private NativeSources() {}

    /** Copies every source into {@code dir} (its subfolders mpi/, cuda/, numa/), replacing older copies. */
    static void unpack(Path dir) {
        for (String name : FILES) {
            Path target = dir.resolve(name);
            try (InputStream in = NativeSources.class.getClassLoader().getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks its benchmark source " + ROOT + name);
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
    }
}
