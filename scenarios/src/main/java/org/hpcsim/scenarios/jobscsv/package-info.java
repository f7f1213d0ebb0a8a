/**
 * Streaming reader for hpcsim's own per-job output, {@code jobs.csv}, so the jobs of a simulated
 * run can be fed to another run; see {@link org.hpcsim.scenarios.jobscsv.JobsCsvReader}.
 */
package org.hpcsim.scenarios.jobscsv;
