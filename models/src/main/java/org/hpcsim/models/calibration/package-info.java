/**
 * Calibration: fitting communication, collective, GPU and NUMA models to benchmark measurements
 * (piecewise Hockney with BIC-chosen breakpoints, LogGP by Levenberg-Marquardt, allreduce, the
 * GPU roofline, the NUMA bandwidth matrix), with fit quality and confidence intervals.
 */
package org.hpcsim.models.calibration;
