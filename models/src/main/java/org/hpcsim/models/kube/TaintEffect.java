package org.hpcsim.models.kube;

/** What a taint does to pods that do not tolerate it. */
public enum TaintEffect {
    /** New pods are not scheduled on the node. */
    NO_SCHEDULE,
    /** The scheduler avoids the node (TaintToleration scores it lower). */
    PREFER_NO_SCHEDULE,
    /** New pods are not scheduled and running ones are evicted. */
    NO_EXECUTE
}
