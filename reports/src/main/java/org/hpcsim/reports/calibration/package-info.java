/** Calibration results as text: the fitted profile's summary and the check's error table. */
package org.hpcsim.reports.calibration;
