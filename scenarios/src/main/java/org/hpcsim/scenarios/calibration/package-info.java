/**
 * Calibration files: readers of benchmark outputs (OSU Micro-Benchmarks, Intel MPI Benchmarks,
 * hpcsim's own GPU and NUMA benchmarks, numactl -H), the parsed measurements.json, and the
 * calibration profile YAML.
 */
package org.hpcsim.scenarios.calibration;
