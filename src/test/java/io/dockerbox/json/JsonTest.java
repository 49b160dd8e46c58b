package io.dockerbox.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesAndReadsBackMapsListsAndScalars() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", "say \"hi\"\n");
        value.put("n", 42);
        value.put("b", true);
        value.put("none", null);
        value.put("list", List.of("a", 1L, Map.of()));
        byte[] json = Json.write(value);
        assertEquals("{\"s\":\"say \\\"hi\\\"\\n\",\"n\":42,\"b\":true,\"none\":null,\"list\":[\"a\",1,{}]}", new String(json, StandardCharsets.UTF_8));
        Map<String, Object> back = new LinkedHashMap<>(value);
        back.put("n", 42L);
        back.put("list", Arrays.asList("a", 1L, Map.of()));
        assertEquals(back, Json.parse(json, 0));
    }

    @Test
    void pathsEndQuietly() throws Exception {
        Object root = Json.parse("xx{\"a\":{\"b\":{\"c\":1.5}},\"l\":[1]}".getBytes(StandardCharsets.UTF_8), 2);
        assertEquals(1.5, Json.at(root, "a", "b", "c"));
        assertEquals("1.5", Json.string(root, "a", "b", "c"));
        assertNull(Json.at(root, "a", "x", "c"));
        assertNull(Json.at(root, "l", "0"));
        assertEquals(Map.of(), Json.strings(root, "nothing"));
        assertNull(Json.parse(new byte[0], 0));
    }
}
