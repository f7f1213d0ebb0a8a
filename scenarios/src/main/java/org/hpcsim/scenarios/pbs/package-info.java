/**
 * Streaming reader for PBS Pro, OpenPBS and Torque accounting logs
 * ({@code MM/DD/YYYY HH:MM:SS;E;1234.server;user=... start=... end=...}), turning the job end
 * records into jobs; see {@link org.hpcsim.scenarios.pbs.PbsAccountingReader} for the rules.
 */
package org.hpcsim.scenarios.pbs;
