package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.kube.MigLayout;

/** A pool's {@code mig} block: a strategy, and one profile (split as far as it goes) or a layout per GPU. */
record KubeMigEntry(String strategy, String profile, Map<String, Integer> layout) {
    @JsonCreator
    static KubeMigEntry fromFile(@JsonProperty("strategy") String strategy, @JsonProperty("profile") String profile,
                        @JsonProperty("layout") Map<String, Integer> layout) {
        return new KubeMigEntry(strategy, profile, layout);
    }

    MigLayout layout(String field, GpuModel model) {
        String s = strategy == null ? "mixed" : strategy;
        InvalidFieldException.require(s.equals("mixed") || s.equals("single"), field + ".strategy",
                "must be mixed (nvidia.com/mig-<profile> per profile) or single (slices as nvidia.com/gpu), got '"
                        + strategy + "'");
        InvalidFieldException.require((profile == null) != (layout == null), field,
                "takes either profile: (every GPU split into as many as fit) or layout: {profile: count}");
        Map<String, Integer> l = layout == null ? new LinkedHashMap<>() : layout;
        if (profile != null) {
            // One profile alone: as many instances as one GPU holds, as nvidia-mig-parted's
            // all-<profile> configs do.
            int most = model.mig(profile).map(p -> p.maxInstances()).orElseThrow(() -> new InvalidFieldException(
                    field + ".profile", "'" + profile + "' is not one of " + model.name() + "'s MIG profiles: "
                            + model.migProfiles().stream().map(p -> p.name()).toList()));
            l.put(profile, most);
        }
        try {
            return new MigLayout(s.equals("mixed") ? MigLayout.Strategy.MIXED : MigLayout.Strategy.SINGLE, l);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }
}
