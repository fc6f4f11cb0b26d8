package com.shopsight.agent.eval;

import java.util.List;
import java.util.Objects;

/** How an answer's table compares with a gold result: strictly equal, equal but for extra columns, or not equal. */
public sealed interface TableMatch {
    /**
     * The same rows (as a multiset, or in the same order when the gold query orders) and no
     * other columns.
     *
     * @param columns for each gold column, the answer's column that holds its values
     */
    record Strict(List<String> columns) implements TableMatch {
        public Strict {
            columns = List.copyOf(columns);
        }
    }

    /**
     * The same rows once the answer's extra columns are set aside.
     *
     * @param columns for each gold column, the answer's column that holds its values
     * @param extra the answer's columns no gold column needed
     */
    record Lenient(List<String> columns, List<String> extra) implements TableMatch {
        public Lenient {
            columns = List.copyOf(columns);
            extra = List.copyOf(extra);
        }
    }

    /** Not the same result, and why in words a person can check. */
    record Mismatch(String reason) implements TableMatch {
        public Mismatch {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Whether this counts under the strict score. */
    default boolean strict() {
        return this instanceof Strict;
    }

    /** Whether this counts under the lenient score (strict matches do too). */
    default boolean lenient() {
        return !(this instanceof Mismatch);
    }
}
