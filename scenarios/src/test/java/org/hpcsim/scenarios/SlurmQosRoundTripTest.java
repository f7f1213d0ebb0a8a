package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.hpcsim.models.slurm.QosFlags;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** A scenario's QOS list, every flag and UsageFactor included, written by {@link ScenarioWriter} reads back the same. */
class SlurmQosRoundTripTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldWriteEveryFlagBack() throws Exception {
        Scenario s = new ScenarioLoader().parse("""
                cluster: {nodes: 2}
                scheduler:
                  policy: slurm
                  slurm:
                    qos:
                      - {name: normal}
                      - {name: big, usageFactor: 0.25, flags: [denyonlimit, NoReserve, OverPartQOS, PartitionMaxNodes,
                          PartitionMinNodes, partitiontimelimit]}
                workload: {trace: t.swf}
                """, "s.yaml");
        assertEquals(QosFlags.NAMES, s.scheduler().slurm().qosSetup().qos().get(1).flags().names(),
                "names matched without regard to case");
        String text = YAML.writeValueAsString(ScenarioWriter.toMap(s));
        assertEquals(s.scheduler(), new ScenarioLoader().parse(text, "written.yaml").scheduler(), text);
        assertEquals(List.of(), s.scheduler().slurm().qosSetup().qos().get(0).flags().names());
    }
}
