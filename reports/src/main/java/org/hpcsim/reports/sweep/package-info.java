/**
 * A sweep's results: one file per point as it finishes ({@link org.hpcsim.reports.sweep.PointResultFiles}),
 * merged into a table of each point's means and 95% confidence intervals ({@link
 * org.hpcsim.reports.sweep.SweepTable}), written as sweep.csv, runs.csv, sweep.json and charts
 * ({@link org.hpcsim.reports.sweep.SweepOutputs}): key metrics against each parameter with their
 * intervals, cost against p95 wait with the Pareto front, and heat maps over the first two
 * parameters. The same table gives the same files.
 */
package org.hpcsim.reports.sweep;
