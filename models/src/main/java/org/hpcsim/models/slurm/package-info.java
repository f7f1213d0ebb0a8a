/**
 * Slurm as slurmctld schedules: partitions, job priority, the main scheduling loop, the periodic
 * backfill loop with its parameters, node selection (select/linear and select/cons_tres) and time
 * limits, and topology/tree with --switches. Facts come from slurm.conf(5) and Slurm 22.05's source;
 * see REFERENCE.md.
 */
package org.hpcsim.models.slurm;
