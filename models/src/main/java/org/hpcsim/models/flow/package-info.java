/** Flow-level network sharing: max-min fair rates for flows that cross capacity-limited links. */
package org.hpcsim.models.flow;
