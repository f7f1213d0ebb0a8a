package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.w3c.dom.Element;

/** Shared assertions: written files decode at the right size, and what a chart's dataset holds. */
public final class ChartChecks {
    private ChartChecks() {}

    /** Every PNG decodes to 1600x900 and every SVG is XML with an svg root 1600 wide and 900 high. */
    public static void assertWritten(List<Path> files) {
        assertTrue(!files.isEmpty(), "no files");
        for (Path f : files) {
            assertTrue(Files.isRegularFile(f), f + " missing");
            String name = f.getFileName().toString();
            if (name.endsWith(".png")) {
                assertPng(f);
            } else {
                assertTrue(name.endsWith(".svg"), "unexpected file " + f);
                assertSvg(f);
            }
        }
    }

    static void assertPng(Path f) {
        try {
            BufferedImage img = ImageIO.read(f.toFile());
            assertNotNull(img, f + " does not decode as an image");
            assertEquals(ChartFiles.WIDTH, img.getWidth(), f + " width");
            assertEquals(ChartFiles.HEIGHT, img.getHeight(), f + " height");
        } catch (IOException e) {
            throw new AssertionError("cannot read " + f, e);
        }
    }

    static void assertSvg(Path f) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            // Never reach out for a DTD or entity: the tests run offline.
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Element root = dbf.newDocumentBuilder().parse(f.toFile()).getDocumentElement();
            assertEquals("svg", root.getLocalName(), f + " root");
            assertEquals(ChartFiles.WIDTH, Double.parseDouble(root.getAttribute("width")), 0.0, f + " width");
            assertEquals(ChartFiles.HEIGHT, Double.parseDouble(root.getAttribute("height")), 0.0, f + " height");
        } catch (Exception e) {
            throw new AssertionError(f + " is not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** The series keys of the chart's XY dataset, in order. */
    static List<String> xyKeys(JFreeChart chart) {
        XYDataset d = chart.getXYPlot().getDataset();
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            keys.add(d.getSeriesKey(s).toString());
        }
        return keys;
    }

    /** Items in each series of the chart's XY dataset, in order. */
    static List<Integer> xyCounts(JFreeChart chart) {
        XYDataset d = chart.getXYPlot().getDataset();
        List<Integer> counts = new ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            counts.add(d.getItemCount(s));
        }
        return counts;
    }

    /** Writes {@code chart} under {@code dir}/{@code name} at the default size. */
    static List<Path> write(JFreeChart chart, Path dir, String name) {
        return ChartFiles.write(chart, dir.resolve(name), ChartFiles.WIDTH, ChartFiles.HEIGHT);
    }
}
