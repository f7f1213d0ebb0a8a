package org.hpcsim.scenarios.pcluster;

/**
 * A queue's or compute resource's {@code Networking.PlacementGroup}.
 *
 * @param enabled whether instances are launched in a cluster placement group: {@code Enabled}, or a
 *                group named by {@code Name} or {@code Id} (ParallelCluster treats a named group as enabled)
 * @param name    the existing group's name ({@code Name}, or the older {@code Id}), or null for one
 *                ParallelCluster manages
 */
public record PlacementGroup(boolean enabled, String name) {
    /** No placement group. */
    public static final PlacementGroup NONE = new PlacementGroup(false, null);

    /** Such as {@code managed placement group} or {@code placement group hpc-pg}. */
    public String describe() {
        return name == null ? "managed placement group" : "placement group " + name;
    }
}
