package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Table;
import java.util.ArrayList;
import java.util.List;

/** Turns an analytic tool's result record into what the LLM reads and what the Answer keeps. */
final class ToolJson {
    private ToolJson() {}

    /** The record as JSON (the tools' records carry their own Jackson annotations). */
    static ObjectNode of(Object result) {
        JsonNode node = DataFence.JSON.valueToTree(result);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalStateException("a tool result must serialise to a JSON object: " + result.getClass());
        }
        return object;
    }

    /** Keeps the first {@code max} elements of the array {@code field}, saying how many there were. */
    static ObjectNode limit(ObjectNode json, String field, int max) {
        JsonNode array = json.get(field);
        if (array instanceof ArrayNode a && a.size() > max) {
            int total = a.size();
            while (a.size() > max) {
                a.remove(a.size() - 1);
            }
            json.put(field + "Note", "The first " + max + " of " + total + " are shown here; the user sees them all.");
        }
        return json;
    }

    /** Keeps the last {@code max} elements of the array {@code field} (the recent end of a history). */
    static ObjectNode last(ObjectNode json, String field, int max) {
        JsonNode array = json.get(field);
        if (array instanceof ArrayNode a && a.size() > max) {
            int total = a.size();
            while (a.size() > max) {
                a.remove(0);
            }
            json.put(field + "Note", "The last " + max + " of " + total + " are shown here.");
        }
        return json;
    }

    /**
     * An array of JSON objects as a table: the first object's fields are the columns; numbers,
     * text and booleans stay as they are, anything nested becomes its JSON text.
     */
    static Table tableFrom(JsonNode array) {
        if (!(array instanceof ArrayNode a) || a.isEmpty() || !a.get(0).isObject()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        a.get(0).fieldNames().forEachRemaining(names::add);
        List<String> types = new ArrayList<>();
        for (String n : names) {
            JsonNode v = a.get(0).get(n);
            types.add(v.isIntegralNumber() ? "BIGINT" : v.isNumber() ? "DOUBLE" : v.isBoolean() ? "BOOLEAN" : "VARCHAR");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode o : a) {
            List<Object> row = new ArrayList<>();
            for (String n : names) {
                JsonNode v = o.get(n);
                row.add(v == null || v.isNull() ? null : v.isIntegralNumber() ? (Object) v.longValue()
                        : v.isNumber() ? (Object) v.doubleValue() : v.isBoolean() ? (Object) v.booleanValue()
                        : v.isValueNode() ? v.asText() : v.toString());
            }
            rows.add(row);
        }
        return table(names, types, rows);
    }

    /** The last query a tool ran, shown in the step, or null when it ran none. */
    static String lastSql(List<String> sql) {
        return sql.isEmpty() ? null : sql.get(sql.size() - 1);
    }

    /** Removes fields the LLM has no use for (SQL it did not write, timings, large specs). */
    static ObjectNode without(ObjectNode json, String... fields) {
        json.remove(List.of(fields));
        return json;
    }

    /** A table from named columns and rows of plain values. */
    static Table table(List<String> names, List<String> types, List<List<Object>> rows) {
        List<Table.Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new Table.Column(names.get(i), types.get(i)));
        }
        return new Table(columns, rows);
    }
}
