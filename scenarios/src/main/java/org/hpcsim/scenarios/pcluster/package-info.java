/**
 * Importer for an AWS ParallelCluster v3 cluster configuration ({@code cluster-config.yaml}): the
 * Slurm queues and compute resources it declares, its scale-down time, head node and shared
 * storage, read into immutable records and mapped onto a {@code ClusterSpec}: one compute resource
 * as a homogeneous cluster ({@link org.hpcsim.scenarios.pcluster.PclusterMapping}), or every one as
 * ParallelCluster's Slurm cluster of node groups ({@link org.hpcsim.scenarios.pcluster.QueuesMapping},
 * {@link org.hpcsim.scenarios.pcluster.PclusterSlurm}); start at
 * {@link org.hpcsim.scenarios.pcluster.PclusterReader}. Keys hpcsim does not model are listed,
 * never dropped in silence; a misspelt key among those it models is an error.
 */
package org.hpcsim.scenarios.pcluster;
