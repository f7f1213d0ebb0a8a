package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * How long a dynamic node takes from its launch to running jobs: a number of seconds, the same for
 * every node, or a distribution each node's boot time is drawn from, written as a runtime
 * distribution is ({@code {distribution: uniform, min: 240, max: 600}}; see {@link RuntimeSpec}).
 *
 * @param seconds      the boot time of every node, or 0 when drawn
 * @param distribution the distribution of boot times in seconds, or null for {@code seconds}
 */
@JsonDeserialize(using = BootTimeSpec.Reader.class)
public record BootTimeSpec(double seconds, RuntimeSpec distribution) {
    /** Checks that a drawn boot time has no fixed value beside it. */
    public BootTimeSpec {
        if (distribution != null && seconds != 0) {
            throw new IllegalArgumentException("a boot time is fixed or drawn, not both");
        }
    }

    /** Every node boots in {@code seconds}. */
    public static BootTimeSpec fixed(double seconds) {
        return new BootTimeSpec(seconds, null);
    }

    /** Each node's boot time is drawn from {@code distribution}. */
    public static BootTimeSpec drawn(RuntimeSpec distribution) {
        return new BootTimeSpec(0, distribution);
    }

    /** Whether each node's boot time is drawn. */
    public boolean isDrawn() {
        return distribution != null;
    }

    /** A number of seconds or a distribution mapping, as a scenario writes it. */
    static final class Reader extends StdDeserializer<BootTimeSpec> {
        Reader() {
            super(BootTimeSpec.class);
        }

        @Override
        public BootTimeSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return fixed(p.getDoubleValue());
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return drawn(ctxt.readValue(p, RuntimeSpec.class));
            }
            return (BootTimeSpec) ctxt.handleUnexpectedToken(Double.class, p);
        }
    }
}
