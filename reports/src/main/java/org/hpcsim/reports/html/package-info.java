/**
 * The HTML report of one finished run: {@link org.hpcsim.reports.html.HtmlReport} writes
 * {@code report.html}, a single self-contained page (inline CSS, charts as base64 PNG, no external
 * references) with the scenario, the workload's provenance, the headline metrics, the charts and
 * per-partition and per-user tables. The page holds no timestamps or paths, so the same output
 * folder always gives the same bytes.
 */
package org.hpcsim.reports.html;
