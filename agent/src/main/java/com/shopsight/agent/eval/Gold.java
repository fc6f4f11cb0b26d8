package com.shopsight.agent.eval;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.shopsight.agent.answer.Table;
import java.util.Objects;

/** The result of one gold query on the dataset: the expected table, or the suite's own failure. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = Gold.Expected.class, name = "expected"),
        @JsonSubTypes.Type(value = Gold.Broken.class, name = "broken")})
public sealed interface Gold {
    /** The gold query, never null. */
    String sql();

    /**
     * What a right answer's table holds.
     *
     * @param sql the gold query
     * @param table its result
     * @param ordered whether the query orders its result at the top level, so row order counts
     */
    record Expected(String sql, Table table, boolean ordered) implements Gold {
        public Expected {
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(table, "table");
        }
    }

    /**
     * A gold query that does not run on this dataset: a fault of the suite, not of the agent.
     *
     * @param sql the gold query
     * @param error DuckDB's message
     */
    record Broken(String sql, String error) implements Gold {
        public Broken {
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(error, "error");
        }
    }
}
