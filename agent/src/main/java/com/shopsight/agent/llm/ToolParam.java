package com.shopsight.agent.llm;

import java.util.List;
import java.util.Objects;

/**
 * A parameter of an {@link LlmTool}: its real name (what the LLM must send), its JSON type,
 * whether it is required, and the allowed values of an enum.
 */
record ToolParam(String name, Type type, boolean required, List<String> values) {
    /** JSON types a parameter can have. */
    enum Type { STRING, INTEGER, NUMBER, BOOLEAN, ENUM, STRING_LIST }

    ToolParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        if ((type == Type.ENUM) == values.isEmpty()) {
            throw new IllegalArgumentException("only an enum parameter has values: " + name);
        }
    }

    static ToolParam required(String name, Type type) {
        return new ToolParam(name, type, true, List.of());
    }

    static ToolParam optional(String name, Type type) {
        return new ToolParam(name, type, false, List.of());
    }

    static ToolParam oneOf(String name, boolean required, List<String> values) {
        return new ToolParam(name, Type.ENUM, required, values);
    }
}
