package org.hpcsim.models.kube;

import java.util.List;

/** A node taint: key, value (may be empty) and effect. */
public record Taint(String key, String value, TaintEffect effect) {
    /** Validates the taint. */
    public Taint {
        if (key == null || key.isEmpty() || effect == null) {
            throw new IllegalArgumentException("a taint needs a key and an effect");
        }
        value = value == null ? "" : value;
    }

    /** Whether any of {@code tolerations} tolerates this taint (upstream's TolerationsTolerateTaint). */
    public boolean toleratedBy(List<Toleration> tolerations) {
        for (int i = 0; i < tolerations.size(); i++) {
            if (tolerations.get(i).tolerates(this)) {
                return true;
            }
        }
        return false;
    }
}
