package org.hpcsim.models.kube;

/** A pod's quality-of-service class, as the kubelet derives it from requests and limits. */
public enum QosClass {
    /** Every container has cpu and memory limits equal to its requests. */
    GUARANTEED,
    /** Some request or limit, but not Guaranteed. */
    BURSTABLE,
    /** No request or limit at all. */
    BEST_EFFORT
}
