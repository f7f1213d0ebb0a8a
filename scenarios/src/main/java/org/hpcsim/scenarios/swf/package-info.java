/**
 * Streaming reader for the Standard Workload Format (SWF) of the Parallel Workloads Archive, and
 * the filter that decides which of its jobs a simulator can replay.
 *
 * <p>Uses only the JDK, so any module (or a tool outside the project) can read traces with it.
 */
package org.hpcsim.scenarios.swf;
