/**
 * kube-scheduler's in-tree plugins as hpcsim models them (Filter, Score, NormalizeScore and
 * DefaultPreemption), each in its own file, with the factory that builds the default profile and
 * plugins by their configuration names.
 */
package org.hpcsim.models.kube.plugins;
