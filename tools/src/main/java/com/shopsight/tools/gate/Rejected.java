package com.shopsight.tools.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A query the gate refused or stopped, explained so that a person or an LLM can repair it.
 *
 * @param kind what went wrong, as a stable code (serialised as {@code code}, as every ShopSight error is)
 * @param message what went wrong, in one sentence ("no column prod_type; did you mean
 *     product_type_name?")
 * @param hint what to do about it, or null when the message says it all
 * @param position the 0-based character offset in {@code sql} the problem is at, or null
 * @param sql the query as submitted
 */
@JsonPropertyOrder({"status", "code", "message", "hint", "position", "sql"})
public record Rejected(@JsonProperty("code") Kind kind, String message, String hint, Integer position, String sql)
        implements GateCheck, GateResult {

    public Rejected {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sql, "sql");
    }

    /** A rejection with no position. */
    public static Rejected of(Kind kind, String message, String hint, String sql) {
        return new Rejected(kind, message, hint, null, sql);
    }

    @Override
    @JsonProperty("status")
    public String status() {
        return "rejected";
    }

    /** The same rejection about another text (the submitted SQL rather than the executed one). */
    Rejected about(String submitted, Integer at) {
        return new Rejected(kind, message, hint, at, submitted);
    }

    /**
     * One line for a terminal or a log: the code, the position, the message and the hint.
     * For example {@code unknown_column at 7: no column prod_type; did you mean
     * product_type_name? (hint: ...)}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind.code());
        if (position != null) {
            sb.append(" at ").append(position);
        }
        sb.append(": ").append(message);
        if (hint != null) {
            sb.append(" (hint: ").append(hint).append(')');
        }
        return sb.toString();
    }

    /** Why a query was refused or stopped; {@link #code()} is what JSON and logs show. */
    public enum Kind {
        /** The text is not valid SQL. */
        SYNTAX,
        /** More than one statement. */
        MULTIPLE_STATEMENTS,
        /** A statement other than a query: DDL, DML, COPY, ATTACH, SET, PRAGMA, ... */
        FORBIDDEN_STATEMENT,
        /** A file, URL or system catalog where a table should be. */
        FORBIDDEN_TABLE,
        /** A function or table function that is not on the allow-list. */
        FORBIDDEN_FUNCTION,
        /** A table or view that is not in the catalog. */
        UNKNOWN_TABLE,
        /** A column that is not in the tables the query reads. */
        UNKNOWN_COLUMN,
        /** A function DuckDB does not have. */
        UNKNOWN_FUNCTION,
        /** Valid SQL that DuckDB cannot bind: wrong types, wrong argument counts, bad grouping, ... */
        INVALID_QUERY,
        /** The text is too long or too deeply nested to be a query worth running. */
        TOO_LARGE,
        /** The query ran past its time limit and was cancelled. */
        TIMEOUT,
        /** The query needed more memory than the gate allows. */
        OUT_OF_MEMORY,
        /** The query failed while running: a bad cast, a division by zero, ... */
        EXECUTION_ERROR;

        /** The stable lower-case code: "unknown_column". */
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
