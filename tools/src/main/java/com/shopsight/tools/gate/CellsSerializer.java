package com.shopsight.tools.gate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Writes result rows so that any ObjectMapper gives the same JSON: dates and times as ISO-8601
 * strings (a bare mapper would fail on them, a JavaTimeModule one would write arrays).
 */
final class CellsSerializer extends StdSerializer<List<List<Object>>> {
    @SuppressWarnings({"unchecked", "rawtypes"})
    CellsSerializer() {
        super((Class) List.class);
    }

    @Override
    public void serialize(List<List<Object>> rows, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartArray();
        for (List<Object> row : rows) {
            gen.writeStartArray();
            for (Object cell : row) {
                write(cell, gen, provider);
            }
            gen.writeEndArray();
        }
        gen.writeEndArray();
    }

    private static void write(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value instanceof TemporalAccessor) {
            gen.writeString(value.toString());
        } else if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object item : list) {
                write(item, gen, provider);
            }
            gen.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                write(e.getValue(), gen, provider);
            }
            gen.writeEndObject();
        } else {
            provider.defaultSerializeValue(value, gen);
        }
    }
}
