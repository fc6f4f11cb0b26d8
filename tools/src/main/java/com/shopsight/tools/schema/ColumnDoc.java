package com.shopsight.tools.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A learned column: its meaning and the profile of its values.
 *
 * @param name the column's name
 * @param type its DuckDB type
 * @param role what kind of thing it holds
 * @param meaning what a value means, never null
 * @param meaningSource where the meaning came from
 * @param unit the unit of a number (for example {@code years}), or null
 * @param notes business notes from the dictionary
 * @param labels what coded values stand for (for example {@code 2 -> online}); may be empty
 * @param nullCount rows where it is NULL
 * @param nullShare the share of rows where it is NULL
 * @param distinctCount distinct non-NULL values
 * @param min the smallest value as text, or null
 * @param max the largest value as text, or null
 * @param numeric mean and quantiles of a numeric column, or null
 * @param avgLength the mean length of a text column, or null
 * @param topValues the most frequent values, most frequent first
 * @param values every value with its count, for categorical columns with at most
 *     {@link #ALL_VALUES_LIMIT} distinct values; null otherwise
 * @param examples a few distinct values picked by hash, to show the format
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnDoc(
        String name,
        String type,
        ColumnRole role,
        String meaning,
        MeaningSource meaningSource,
        String unit,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> labels,
        long nullCount,
        double nullShare,
        long distinctCount,
        String min,
        String max,
        NumericSummary numeric,
        Double avgLength,
        List<ValueCount> topValues,
        List<ValueCount> values,
        List<String> examples) {

    /** Categorical columns with at most this many distinct values list them all. */
    public static final int ALL_VALUES_LIMIT = 1000;

    public ColumnDoc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(meaning, "meaning");
        notes = Lists.copy(notes);
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        topValues = Lists.copy(topValues);
        values = values == null ? null : List.copyOf(values);
        examples = Lists.copy(examples);
    }

    /** A value and how often it occurs; the share is of all rows, NULLs included. */
    public record ValueCount(String value, long count, double share) {}

    /** Mean and quantiles of a numeric column (exact quantiles, interpolated). */
    public record NumericSummary(double mean, double p01, double p25, double p50, double p75, double p99) {}
}
