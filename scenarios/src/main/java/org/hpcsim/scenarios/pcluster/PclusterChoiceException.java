package org.hpcsim.scenarios.pcluster;

import java.util.List;
import org.hpcsim.scenarios.ScenarioException;

/**
 * The configuration has several compute resources and the caller named none, or one it does not
 * have; told apart so that a command line can say which options choose one.
 */
public final class PclusterChoiceException extends ScenarioException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> choices;

    /** {@code choices} are the compute resources there are, as {@code queue/resource}. */
    public PclusterChoiceException(String message, List<String> choices) {
        super(message);
        this.choices = List.copyOf(choices);
    }

    /** The compute resources there are, as {@code queue/resource}, in file order. */
    public List<String> choices() {
        return choices;
    }
}
