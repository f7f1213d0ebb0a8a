/**
 * Charts of a run and of comparisons between runs, drawn with JFreeChart and written as PNG and
 * SVG at 1600x900 with large fonts on a white theme. Every factory returns a {@link
 * org.jfree.chart.JFreeChart}; {@link org.hpcsim.reports.charts.ChartFiles} writes one, {@link
 * org.hpcsim.reports.charts.RunCharts} and {@link org.hpcsim.reports.charts.ComparisonCharts}
 * write the whole set. Output holds no timestamps, so the same data gives the same bytes.
 */
package org.hpcsim.reports.charts;
