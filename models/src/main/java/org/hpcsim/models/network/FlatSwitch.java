package org.hpcsim.models.network;

/** One non-blocking switch every node hangs from: no shared uplinks, one switch between any two nodes. */
public record FlatSwitch(int nodes, double switchLatency) implements Topology {
    /** Validates the switch. */
    public FlatSwitch {
        if (nodes < 1 || switchLatency < 0) {
            throw new IllegalArgumentException("flat switch: nodes must be positive, latency not negative");
        }
    }

    @Override
    public int uplinkLevels() {
        return 0;
    }

    @Override
    public int groups(int level) {
        throw new IllegalArgumentException("a flat switch has no uplink levels");
    }

    @Override
    public int groupOf(int node, int level) {
        throw new IllegalArgumentException("a flat switch has no uplink levels");
    }

    @Override
    public double uplinkCapacity(int level, int group) {
        throw new IllegalArgumentException("a flat switch has no uplink levels");
    }

    @Override
    public int switchesBetween(int a, int b) {
        return a == b ? 0 : 1;
    }
}
