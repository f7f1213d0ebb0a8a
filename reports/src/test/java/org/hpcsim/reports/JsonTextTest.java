package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    record Point(int x, String label) {}

    @Test
    void shouldWriteMapsListsRecordsAndScalarsInOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("users", List.of("alice", "bob"));
        m.put("point", new Point(3, "a\"b"));
        m.put("ratio", 0.5);
        m.put("none", null);
        assertEquals("{\n  \"users\" : [ \"alice\", \"bob\" ],\n  \"point\" : {\n    \"x\" : 3,\n    \"label\" : \"a\\\"b\"\n"
                + "  },\n  \"ratio\" : 0.5,\n  \"none\" : null\n}\n", JsonText.render(m));
    }
}
