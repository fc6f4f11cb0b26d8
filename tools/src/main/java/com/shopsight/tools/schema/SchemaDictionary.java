package com.shopsight.tools.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.schema.SchemaDoc.VocabularyEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Curated knowledge of one known dataset, read from a YAML resource: what its tables and
 * columns mean, its business vocabulary, advice on its quirks and example questions. It applies
 * to a database that has all of its tables and columns.
 *
 * @param name the doc name for databases it applies to
 * @param headlineFigures whether the database has the H&M tables the headline figures need
 */
record SchemaDictionary(
        String name,
        String description,
        boolean headlineFigures,
        Map<String, TableEntry> tables,
        List<VocabularyEntry> vocabulary,
        List<Advice> advice,
        List<Example> examples) {

    SchemaDictionary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        tables = tables == null ? Map.of() : tables;
        vocabulary = Lists.copy(vocabulary);
        advice = Lists.copy(advice);
        examples = Lists.copy(examples);
    }

    /** What a table means, with its columns. */
    record TableEntry(String meaning, List<String> notes, Map<String, ColumnEntry> columns) {
        TableEntry {
            Objects.requireNonNull(meaning, "meaning");
            notes = Lists.copy(notes);
            columns = columns == null ? Map.of() : columns;
        }
    }

    /** What a column means. */
    record ColumnEntry(ColumnRole role, String meaning, String unit, List<String> notes, Map<String, String> labels) {
        ColumnEntry {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(meaning, "meaning");
            notes = Lists.copy(notes);
            labels = labels == null ? Map.of() : labels;
        }
    }

    /** What to do about a quirk of a table (any column when {@code column} is null). */
    record Advice(Quirk.Kind kind, String table, String column, String text) {}

    /** An example question and the SQL that answers it. */
    record Example(String question, String sql) {}

    /** The H&M dictionary shipped with ShopSight. */
    static SchemaDictionary hm() {
        return load("hm-dictionary.yaml");
    }

    static SchemaDictionary load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = SchemaDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ShopSightException("Schema dictionary " + resource + " is missing from the classpath");
            }
            return yaml.readValue(in, SchemaDictionary.class);
        } catch (IOException e) {
            throw new ShopSightException("Cannot read schema dictionary " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Whether the database has every table and column this dictionary describes. */
    boolean appliesTo(Catalog catalog) {
        return tables.entrySet().stream().allMatch(t -> catalog.tables().stream()
                .filter(ct -> ct.name().equalsIgnoreCase(t.getKey()))
                .anyMatch(ct -> t.getValue().columns().keySet().stream()
                        .allMatch(c -> ct.columns().stream().anyMatch(cc -> cc.name().equalsIgnoreCase(c)))));
    }

    Optional<TableEntry> table(String table) {
        return tables.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table))
                .map(Map.Entry::getValue).findFirst();
    }

    Optional<ColumnEntry> column(String table, String column) {
        return table(table).flatMap(t -> t.columns().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(column)).map(Map.Entry::getValue).findFirst());
    }

    /** The advice for a quirk, the column's own before the table's. */
    Optional<String> advice(Quirk.Kind kind, String table, String column) {
        Optional<String> own = advice.stream()
                .filter(a -> a.kind() == kind && a.table().equalsIgnoreCase(table)
                        && a.column() != null && a.column().equalsIgnoreCase(column == null ? "" : column))
                .map(Advice::text).findFirst();
        return own.or(() -> advice.stream()
                .filter(a -> a.kind() == kind && a.table().equalsIgnoreCase(table) && a.column() == null)
                .map(Advice::text).findFirst());
    }
}
