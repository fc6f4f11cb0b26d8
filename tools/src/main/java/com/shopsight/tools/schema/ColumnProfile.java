package com.shopsight.tools.schema;

import com.shopsight.tools.schema.ColumnDoc.NumericSummary;
import com.shopsight.tools.schema.ColumnDoc.ValueCount;
import java.util.List;

/**
 * What the values of one column look like, measured before anyone decides what it means.
 *
 * @param values the most frequent values, or all of them when there are at most
 *     {@link ColumnDoc#ALL_VALUES_LIMIT}
 * @param placeholders values that stand for "unknown" ('Unknown', '', -1 ...) with their counts
 */
record ColumnProfile(
        Catalog.Column column,
        long rows,
        long nullCount,
        long distinct,
        String min,
        String max,
        NumericSummary numeric,
        Double avgLength,
        List<ValueCount> values,
        List<ValueCount> placeholders,
        List<String> examples) {

    ColumnProfile {
        values = List.copyOf(values);
        placeholders = List.copyOf(placeholders);
        examples = List.copyOf(examples);
    }

    String name() {
        return column.name();
    }

    TypeFamily family() {
        return column.family();
    }

    long nonNull() {
        return rows - nullCount;
    }

    /** Every non-NULL value is different and there is no NULL: it could be a key. */
    boolean unique() {
        return rows > 0 && nullCount == 0 && distinct == rows;
    }

    /** All values are listed in {@link #values()}. */
    boolean allValuesKnown() {
        return distinct <= ColumnDoc.ALL_VALUES_LIMIT && family() != TypeFamily.NESTED;
    }
}
