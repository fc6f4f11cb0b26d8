package com.shopsight.tools.gate;

import java.util.Objects;

/**
 * Who asked for a query, for the audit log: the surface (cli, rest, chat, slack, eval, tool)
 * and the conversation when there is one.
 *
 * @param surface where the query came from, never null or blank
 * @param conversationId the conversation it belongs to, or null when there is none
 */
public record QueryContext(String surface, String conversationId) {
    /** A query whose origin nobody told the gate. */
    public static final QueryContext UNKNOWN = new QueryContext("unknown", null);

    public QueryContext {
        Objects.requireNonNull(surface, "surface");
        if (surface.isBlank()) {
            throw new IllegalArgumentException("surface must not be blank");
        }
    }

    /** A query from {@code surface}, outside any conversation. */
    public static QueryContext of(String surface) {
        return new QueryContext(surface, null);
    }
}
