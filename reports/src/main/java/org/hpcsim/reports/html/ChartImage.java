package org.hpcsim.reports.html;

/**
 * One chart as the page embeds it.
 *
 * @param name    the file's base name ("utilization")
 * @param title   a short title
 * @param alt     the image's text alternative
 * @param caption what the chart shows and how to read it
 * @param base64  the PNG file, base64-encoded
 * @param width   the PNG's width in pixels
 * @param height  the PNG's height in pixels
 */
record ChartImage(String name, String title, String alt, String caption, String base64, int width, int height) {}
