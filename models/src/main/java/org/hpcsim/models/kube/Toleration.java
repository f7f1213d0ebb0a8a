package org.hpcsim.models.kube;

/**
 * A pod toleration. With {@code exists}, it tolerates any value of {@code key} (any key when the
 * key is empty); otherwise the value must be equal. A null effect tolerates every effect.
 */
public record Toleration(String key, boolean exists, String value, TaintEffect effect) {
    /** Normalises empty fields. */
    public Toleration {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        if (key.isEmpty() && !exists) {
            throw new IllegalArgumentException("a toleration with an empty key must use operator Exists");
        }
    }

    /** Whether this toleration tolerates {@code taint}, as upstream's ToleratesTaint decides. */
    public boolean tolerates(Taint taint) {
        if (effect != null && effect != taint.effect()) {
            return false;
        }
        if (!key.isEmpty() && !key.equals(taint.key())) {
            return false;
        }
        return exists || value.equals(taint.value());
    }
}
