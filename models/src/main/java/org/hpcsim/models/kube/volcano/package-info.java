/** Volcano's batch scheduler as far as hpcsim models it: gang scheduling of PodGroups and the binpack node order. */
package org.hpcsim.models.kube.volcano;
