package org.hpcsim.models.calibration;

/**
 * What calibration learned of a GPU: its achieved roofline and its host-device copy models.
 *
 * @param roofline     the roofline of the GPU kernels, null when none ran
 * @param hostToDevice piecewise copy time host to device, null when not measured
 * @param deviceToHost piecewise copy time device to host, null when not measured
 */
public record GpuFit(Roofline roofline, SweepFit hostToDevice, SweepFit deviceToHost) {}
