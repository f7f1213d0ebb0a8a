/** Kubernetes as it schedules: nodes and pods as kube-scheduler sees them, its framework and plugins, and the run loop. */
package org.hpcsim.models.kube;
