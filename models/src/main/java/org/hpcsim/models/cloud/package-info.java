/** Clouds: the instance catalog, prices and cost accounting. */
package org.hpcsim.models.cloud;
