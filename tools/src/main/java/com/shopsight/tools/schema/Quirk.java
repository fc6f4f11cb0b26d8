package com.shopsight.tools.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A property of the data that gives wrong numbers to whoever does not know it.
 *
 * @param kind what was found
 * @param table the table it was found in
 * @param column the column, or null for a whole-table quirk
 * @param rows rows affected
 * @param share the share of the table's rows affected
 * @param detail what was measured, in words
 * @param advice what to do about it in a query
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quirk(Kind kind, String table, String column, long rows, double share, String detail, String advice) {

    public Quirk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(advice, "advice");
    }

    /** The kinds of quirk the learner looks for. */
    public enum Kind {
        /** Rows that are exact copies of another row. */
        DUPLICATE_ROWS,
        /** NULLs in a column. */
        NULLS,
        /** A column holding one value or NULL: a flag whose "no" is NULL. */
        ONE_VALUE_OR_NULL,
        /** Values that stand for "unknown": -1 codes, 'Unknown', 'undefined', empty strings. */
        PLACEHOLDER,
        /** One value holding a large share of a column that is otherwise nearly unique. */
        DOMINANT_VALUE,
        /** Values far above the 99th percentile. */
        OUTLIERS,
        /** Values that differ only by letter case or spaces ('NONE' and 'None'). */
        CASE_VARIANTS,
        /** Referencing values with no row in the referenced table. */
        ORPHAN_KEYS
    }
}
