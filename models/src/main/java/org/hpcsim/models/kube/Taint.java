package org.hpcsim.models.kube;

/** A node taint: key, value (may be empty) and effect. */
public record Taint(String key, String value, TaintEffect effect) {
    /** Validates the taint. */
    public Taint {
        if (key == null || key.isEmpty() || effect == null) {
            throw new IllegalArgumentException("a taint needs a key and an effect");
        }
        value = value == null ? "" : value;
    }
}
