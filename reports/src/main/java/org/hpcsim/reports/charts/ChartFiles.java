package org.hpcsim.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.hpcsim.reports.AtomicFile;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes a chart as a PNG and an SVG of the same size, each atomically. */
public final class ChartFiles {
    /** Default width in pixels. */
    public static final int WIDTH = 1600;
    /** Default height in pixels. */
    public static final int HEIGHT = 900;

    // JFreeSVG otherwise prefixes clip and gradient ids with System.nanoTime(), which would make
    // every SVG differ from the last.
    private static final String SVG_ID_PREFIX = "hpcsim";

    private ChartFiles() {}

    /**
     * Draws {@code chart} at {@code width} x {@code height} into {@code base}.png and {@code base}.svg
     * (the extensions are appended to the file name) and returns the two paths, PNG first.
     */
    public static List<Path> write(JFreeChart chart, Path base, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + width + "x" + height);
        }
        ChartStyle.ensureHeadless();
        String name = base.getFileName().toString();
        Path png = base.resolveSibling(name + ".png");
        Path svg = base.resolveSibling(name + ".svg");
        writePng(chart, png, width, height);
        writeSvg(chart, svg, width, height);
        return List.of(png, svg);
    }

    private static void writePng(JFreeChart chart, Path target, int width, int height) {
        // RGB rather than ARGB: the theme paints every pixel, and an alpha channel would only add bytes.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (AtomicFile file = AtomicFile.open(target)) {
            // An in-memory cache rather than ImageIO's default temporary file on disk.
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(file.stream())) {
                writer.setOutput(out);
                writer.write(image);
            }
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }

    private static void writeSvg(JFreeChart chart, Path target, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(SVG_ID_PREFIX);
        // Two decimals are a hundredth of a pixel; the default full double precision triples the file.
        g.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        g.setTransformDoubleConverter(SVGUtils.createDoubleConverter(4));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        // The bare element under a plain prolog: JFreeSVG's full document adds a DOCTYPE pointing at
        // the W3C's DTD, which some XML readers then try to download.
        AtomicFile.write(target, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n");
    }
}
