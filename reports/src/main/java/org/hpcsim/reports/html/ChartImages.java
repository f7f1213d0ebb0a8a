package org.hpcsim.reports.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hpcsim.reports.charts.RunCharts;
import org.hpcsim.reports.data.RunOutput;

/** The PNG charts of a run, read and encoded for the page. */
final class ChartImages {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ChartImages() {}

    /**
     * The PNG files in {@code dir}/charts/, drawing them first when that folder does not exist.
     * Known charts come in {@link ChartText#ORDER}, any others after them by name.
     */
    static List<Path> pngFiles(RunOutput run, Path dir) {
        Path folder = dir.resolve(RunCharts.FOLDER);
        if (!Files.isDirectory(folder)) {
            return RunCharts.writeAll(run, dir);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ChartImages::isPng).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The PNGs among {@code files}, in page order, read and encoded; other files are passed over. */
    static List<ChartImage> read(List<Path> files, String runLabel) {
        List<Path> pngs = new ArrayList<>(files.stream().filter(ChartImages::isPng).toList());
        pngs.sort(Comparator.comparingInt(ChartImages::rank).thenComparing(ChartImages::baseName));
        List<ChartImage> images = new ArrayList<>(pngs.size());
        for (Path png : pngs) {
            byte[] bytes = readPng(png);
            images.add(ChartText.image(baseName(png), runLabel, Base64.getEncoder().encodeToString(bytes),
                    readInt(bytes, 16), readInt(bytes, 20)));
        }
        return images;
    }

    private static boolean isPng(Path file) {
        return file.getFileName().toString().endsWith(".png");
    }

    private static String baseName(Path png) {
        String name = png.getFileName().toString();
        return name.substring(0, name.length() - ".png".length());
    }

    private static int rank(Path png) {
        int i = ChartText.ORDER.indexOf(baseName(png));
        return i < 0 ? ChartText.ORDER.size() : i;
    }

    private static byte[] readPng(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        // Signature, then the IHDR chunk's length and type, then width and height: 24 bytes at least.
        boolean png = bytes.length >= 24;
        for (int i = 0; png && i < PNG_SIGNATURE.length; i++) {
            png = bytes[i] == PNG_SIGNATURE[i];
        }
        if (!png) {
            throw new UncheckedIOException(file + ": not a PNG image", new IOException("bad PNG signature"));
        }
        return bytes;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
