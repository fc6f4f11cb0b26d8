package com.shopsight.tools.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learned table (or view) of the main schema.
 *
 * @param name the table's name
 * @param kind {@code table} or {@code view}
 * @param meaning what one row is, never null
 * @param meaningSource where the meaning came from
 * @param notes business notes from the dictionary (empty when inferred)
 * @param rowCount rows when learned
 * @param primaryKey the columns that identify a row, declared or found unique; may be empty
 * @param columns the columns in table order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableDoc(
        String name,
        String kind,
        String meaning,
        MeaningSource meaningSource,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes,
        long rowCount,
        List<String> primaryKey,
        List<ColumnDoc> columns) {

    public TableDoc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(meaning, "meaning");
        notes = Lists.copy(notes);
        primaryKey = Lists.copy(primaryKey);
        columns = Lists.copy(columns);
    }

    /** The column of that name (DuckDB names are case-insensitive), if any. */
    public Optional<ColumnDoc> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }
}
