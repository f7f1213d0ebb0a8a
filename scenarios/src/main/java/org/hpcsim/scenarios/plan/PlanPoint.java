package org.hpcsim.scenarios.plan;

/**
 * One point a plan may evaluate: a combination of the grid dimensions' values and a level of the
 * monotone dimension.
 *
 * @param combination the combination's index, from 0, in grid order (the last dimension fastest)
 * @param level       the index of the monotone dimension's value, from 0 (smallest); -1 when the
 *                    plan has no monotone dimension
 */
public record PlanPoint(int combination, int level) {}
