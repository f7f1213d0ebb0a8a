/**
 * Slurm's priority plugins as pure models: priority/multifactor (age, association, fair-share with
 * Fair Tree or the classic algorithm, job size, partition, QOS, TRES, nice, site) with usage decay
 * on the PriorityCalcPeriod cycle, and priority/basic. Facts follow Slurm 22.05-23.11 source and
 * documentation; each class names where its formula comes from.
 */
package org.hpcsim.models.slurm.priority;
