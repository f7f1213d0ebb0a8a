/** The discrete-event engine: clock, event queue, random streams and time-weighted statistics. */
package org.hpcsim.core;
