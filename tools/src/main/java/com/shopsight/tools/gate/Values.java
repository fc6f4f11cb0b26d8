package com.shopsight.tools.gate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duckdb.DuckDBStruct;

/**
 * Turns what DuckDB's JDBC driver hands out into plain values that JSON writers and equality
 * understand: integers as Long, floats as Double, TIMESTAMP as LocalDateTime, LIST as List,
 * STRUCT and MAP as Map, BLOB as Base64 text, everything else exotic as its text.
 */
final class Values {
    private Values() {}

    static Object plain(Object value) throws SQLException {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Long
                || value instanceof Double
                || value instanceof BigInteger
                || value instanceof BigDecimal
                || value instanceof LocalDate
                || value instanceof LocalDateTime
                || value instanceof LocalTime
                || value instanceof OffsetDateTime) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof Array array) {
            return list((Object[]) array.getArray());
        }
        if (value instanceof DuckDBStruct struct) {
            return map(struct.getMap());
        }
        if (value instanceof Struct struct) {
            return list(struct.getAttributes());
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof Blob blob) {
            return Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    private static List<Object> list(Object[] items) throws SQLException {
        List<Object> out = new ArrayList<>(items.length);
        for (Object item : items) {
            out.add(plain(item));
        }
        return out;
    }

    private static Map<String, Object> map(Map<?, ?> in) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : in.entrySet()) {
            out.put(String.valueOf(plain(e.getKey())), plain(e.getValue()));
        }
        return out;
    }
}
