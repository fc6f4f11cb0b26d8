package com.shopsight.agent.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.ShopSightException;

/**
 * Puts a tool result in front of the LLM as data: JSON (so every value is a quoted string or
 * a number, never loose text) inside a {@code <tool_result>} fence, with {@code <}, {@code >}
 * and {@code &} escaped as JSON unicode escapes (backslash-u003C and so on) so that no value (a
 * product name that says "ignore your instructions") can close the fence or pose as markup.
 */
final class DataFence {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper FENCED = JSON.copy();

    static {
        FENCED.getFactory().setCharacterEscapes(new MarkupEscapes());
    }

    private DataFence() {}

    /** The fenced text the LLM reads as the result of {@code tool}. */
    static String wrap(String tool, JsonNode result) {
        return "<tool_result tool=\"" + tool + "\">\n" + json(result) + "\n</tool_result>";
    }

    /** {@code value} as JSON with markup characters escaped. */
    static String json(JsonNode value) {
        try {
            return FENCED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ShopSightException("Cannot write a tool result as JSON: " + e.getMessage(), e);
        }
    }

    /** Jackson's standard escapes plus the three characters markup is made of. */
    private static final class MarkupEscapes extends CharacterEscapes {
        private final int[] escapes;

        MarkupEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
