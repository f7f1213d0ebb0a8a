package org.hpcsim.models.kube;

/** The operators of a node selector requirement. */
public enum SelectorOperator {
    IN, NOT_IN, EXISTS, DOES_NOT_EXIST, GT, LT
}
