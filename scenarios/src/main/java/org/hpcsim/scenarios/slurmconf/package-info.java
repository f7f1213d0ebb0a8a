/**
 * Importer for a real Slurm {@code slurm.conf} and {@code topology.conf}: immutable records of what
 * the files say, in Slurm's own terms, for mapping onto the simulator's Slurm model; start at
 * {@link org.hpcsim.scenarios.slurmconf.SlurmConfReader}. {@link org.hpcsim.scenarios.slurmconf.Hostlist}
 * reads and writes Slurm's hostlist expressions for other importers too.
 */
package org.hpcsim.scenarios.slurmconf;
