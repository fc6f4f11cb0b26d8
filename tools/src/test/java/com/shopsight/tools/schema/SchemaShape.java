package com.shopsight.tools.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The part of a schema doc that does not depend on the dataset's scale: tables, columns,
 * types, roles, meanings, keys, relationships, join paths, vocabulary, example SQL and the
 * kinds of quirk per table. Counts, shares, values and figures are left out.
 */
record SchemaShape(
        int formatVersion,
        String name,
        String description,
        String dictionary,
        List<TableShape> tables,
        List<String> relationships,
        List<String> joinPaths,
        List<SchemaDoc.VocabularyEntry> vocabulary,
        List<ExampleShape> examples,
        List<String> quirkKinds,
        boolean headlineFigures) {

    record TableShape(String name, String kind, String meaning, List<String> notes, List<String> primaryKey,
            List<ColumnShape> columns) {}

    record ColumnShape(String name, String type, ColumnRole role, String meaning, String unit, List<String> notes,
            Map<String, String> labels) {}

    record ExampleShape(String question, String sql, List<String> columns) {}

    static SchemaShape of(SchemaDoc doc) {
        return new SchemaShape(doc.formatVersion(), doc.name(), doc.description(), doc.dictionary(),
                doc.tables().stream().map(t -> new TableShape(t.name(), t.kind(), t.meaning(), t.notes(), t.primaryKey(),
                        t.columns().stream().map(c -> new ColumnShape(c.name(), c.type(), c.role(), c.meaning(), c.unit(),
                                c.notes(), c.labels())).toList())).toList(),
                doc.relationships().stream().map(r -> r.arrow() + " " + r.cardinality() + " " + r.basis() + " ON " + r.on())
                        .toList(),
                doc.joinPaths().stream().map(SchemaDoc.JoinPath::sql).toList(),
                doc.vocabulary(),
                doc.examples().stream().map(e -> new ExampleShape(e.question(), e.sql(), e.columns())).toList(),
                List.copyOf(new TreeSet<>(doc.quirks().stream().map(q -> q.kind() + " in " + q.table()).toList())),
                doc.headlineFigures() != null);
    }

    /** Indented JSON, so a failing comparison shows a readable diff. */
    String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
