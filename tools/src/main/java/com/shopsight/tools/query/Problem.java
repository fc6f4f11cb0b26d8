package com.shopsight.tools.query;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a tool could not answer, said so that a person or an LLM can repair the request.
 *
 * @param kind what went wrong, as a stable code
 * @param message what went wrong, in one sentence ("No product type 'Trousrs'.")
 * @param hint what to do about it, or null when the message says it all
 * @param sql the query that showed the problem, or null when none ran
 */
public record Problem(Kind kind, String message, String hint, String sql) {
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** One line for a terminal: the code, the message and the hint. */
    public String describe() {
        return kind.code() + ": " + message + (hint == null ? "" : " (hint: " + hint + ")");
    }

    /** The kinds of problem; {@link #code()} is what JSON shows. */
    public enum Kind {
        /** A filter names something the data does not have: a product, a product type, ... */
        UNKNOWN_VALUE,
        /** The request is valid but selects nothing: no sales, no customers. */
        NO_DATA,
        /** The SQL gate refused or stopped a query; the message is the gate's. */
        SQL_REJECTED,
        /** A query ran but its result has the wrong shape for the tool (columns, types, duplicates). */
        BAD_RESULT;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
