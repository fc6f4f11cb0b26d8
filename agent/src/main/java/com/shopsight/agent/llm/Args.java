package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The JSON arguments of one tool call, read against the tool's parameters: unknown names,
 * missing required values and wrong types are {@link IllegalArgumentException}s with a
 * message the LLM can act on.
 */
final class Args {
    private final ObjectNode json;

    Args(ObjectNode json, List<ToolParam> params) {
        this.json = json;
        List<String> names = params.stream().map(ToolParam::name).toList();
        Iterator<String> fields = json.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!names.contains(f)) {
                throw new IllegalArgumentException("unknown parameter '" + f + "'; the parameters are " + String.join(", ", names));
            }
        }
        for (ToolParam p : params) {
            JsonNode v = json.get(p.name());
            if (p.required() && (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank()))) {
                throw new IllegalArgumentException("the parameter '" + p.name() + "' is required");
            }
        }
    }

    ObjectNode json() {
        return json;
    }

    /** The text value of {@code name}, or null when absent. */
    String text(String name) {
        JsonNode v = json.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("'" + name + "' must be a string");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** The whole number of {@code name}, or {@code fallback} when absent. */
    int integer(String name, int fallback) {
        JsonNode v = json.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual() && v.asText().strip().matches("-?\\d{1,9}")) {
            return Integer.parseInt(v.asText().strip());
        }
        throw new IllegalArgumentException("'" + name + "' must be a whole number, not " + v);
    }

    /** The number of {@code name}, or {@code fallback} when absent. */
    double number(String name, double fallback) {
        JsonNode v = json.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        try {
            return Double.parseDouble(v.asText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a number, not " + v);
        }
    }

    /** The ISO date of {@code name} (2020-06-30), or null when absent. */
    java.time.LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date like 2020-06-30, not '" + s + "'");
        }
    }

    /** The lower-case choice of {@code name} among {@code values}, or null when absent. */
    String choice(String name, List<String> values) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!values.contains(lower)) {
            throw new IllegalArgumentException("'" + name + "' must be one of " + String.join(", ", values) + ", not '" + s + "'");
        }
        return lower;
    }

    /** The list of texts of {@code name} (a single string counts as a list of one), empty when absent. */
    List<String> texts(String name) {
        JsonNode v = json.get(name);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(e -> out.add(e.asText()));
        } else if (v.isValueNode()) {
            out.add(v.asText());
        } else {
            throw new IllegalArgumentException("'" + name + "' must be a list of strings");
        }
        return out;
    }
}
