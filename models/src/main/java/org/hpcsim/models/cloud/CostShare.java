package org.hpcsim.models.cloud;

/**
 * What one user or account spent.
 *
 * @param name      the user or account ("" when the trace does not say)
 * @param jobs      jobs run
 * @param nodeHours node-hours held by those jobs
 * @param cost      their cost in US dollars
 */
public record CostShare(String name, long jobs, double nodeHours, double cost) {}
