/**
 * Comparing runs against a baseline: the headline metrics side by side, each run's change from the
 * baseline in units and in percent, and the best value of each metric; rendered as a Markdown table
 * for the terminal and as comparison.json. Pure logic: running scenarios and drawing charts are
 * the caller's business.
 */
package org.hpcsim.reports.compare;
