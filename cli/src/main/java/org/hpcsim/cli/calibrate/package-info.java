/**
 * {@code hpcsim calibrate}: unpack, build and run the bundled benchmarks on this machine (run), fit
 * models to their outputs or to OSU and IMB outputs from elsewhere (fit), and re-predict the
 * benchmarks with a profile (check).
 */
package org.hpcsim.cli.calibrate;
