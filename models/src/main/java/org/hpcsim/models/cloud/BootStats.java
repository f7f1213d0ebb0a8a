package org.hpcsim.models.cloud;

/**
 * The boot times drawn in one run (see {@link BootDraws}).
 *
 * @param count       node launches, each with its own draw
 * @param meanSeconds their mean boot time
 * @param maxSeconds  the longest
 */
public record BootStats(long count, double meanSeconds, double maxSeconds) {
}
