package com.shopsight.agent.planner;

import java.util.Objects;

/**
 * The SQL of a query.
 *
 * @param sql one SELECT (or WITH ... SELECT), built from the semantic model and learned values only
 */
record Translation(String sql) {
    Translation {
        Objects.requireNonNull(sql, "sql");
    }
}
