package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A synthetic workload model, chosen in a scenario by {@code model:}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "model")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LublinSpec.class, name = "lublin"),
    @JsonSubTypes.Type(value = PoissonSpec.class, name = "poisson"),
    @JsonSubTypes.Type(value = GpuTrainingSpec.class, name = "gpu-training")})
public sealed interface SyntheticSpec permits LublinSpec, PoissonSpec, GpuTrainingSpec {
    /** The models, comma-separated, for error messages. */
    String MODELS = "lublin, poisson, gpu-training";

    /** Number of jobs to generate. */
    int jobs();

    /** Target offered load, or 0 for the model's own arrival rate (where it has one). */
    double load();

    /** The model's name as scenarios spell it. */
    String model();
}
