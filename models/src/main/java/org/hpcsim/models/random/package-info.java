/** Bridges from hpcsim's named random streams to the libraries that sample distributions. */
package org.hpcsim.models.random;
