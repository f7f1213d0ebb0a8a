package org.hpcsim.reports.html;

/**
 * One line of the headline metrics table.
 *
 * @param label what the metric is, in words
 * @param value the value for reading, with its unit ("16 h 37 min", "69.1 %")
 * @param exact the value as summary.json holds it, with its unit ("59830.5442 s")
 * @param field the metric's name in summary.json
 */
record MetricRow(String label, String value, String exact, String field) {}
