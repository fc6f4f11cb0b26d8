package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.LearnedValues;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.schema.ColumnDoc;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.TableDoc;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the planner knows of the data before the first question: every value of each
 * categorical dimension (what "trousers" or "ladieswear" resolve to) and the data's calendar.
 * Values come from the schema doc `learn` wrote when it was learned from this very database
 * (its row counts match); otherwise, and always for product names (too many for the doc),
 * they are read through the gate.
 *
 * @param values the values of each dimension
 * @param calendar the first and latest day with sales
 * @param fromSchemaDoc whether the categorical values came from the schema doc
 */
record DataFacts(LearnedValues values, DataCalendar calendar, boolean fromSchemaDoc) {
    private static final QueryLimits LIMITS = new QueryLimits(QueryLimits.MAX_ROWS, Duration.ofSeconds(60));
    private static final QueryContext CONTEXT = QueryContext.of("planner");

    static DataFacts read(SqlGate gate, SemanticModel model, Optional<SchemaDoc> doc) {
        Shape shape = Shape.read(gate, model);
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean fromDoc = doc.isPresent() && shape.matches(doc.get());
        List<SemanticModel.Dimension> fromDatabase = new ArrayList<>();
        for (SemanticModel.Dimension d : model.dimensions()) {
            if (d.column() == null || d.entity() == null) {
                continue;
            }
            Optional<List<String>> learned = fromDoc ? learned(doc.get(), model, d) : Optional.empty();
            if (learned.isPresent()) {
                values.put(d.name(), learned.get());
            } else {
                fromDatabase.add(d);
            }
        }
        values.putAll(distinct(gate, model, fromDatabase));
        return new DataFacts(new LearnedValues(values), shape.calendar(), fromDoc);
    }

    /** The values the schema doc lists for a dimension's column, if it lists them all. */
    private static Optional<List<String>> learned(SchemaDoc doc, SemanticModel model, SemanticModel.Dimension d) {
        String table = model.entity(d.entity()).orElseThrow().name();
        String column = d.column().replaceFirst("^\\w+\\.", "");
        return doc.table(table).flatMap(t -> t.column(column)).map(ColumnDoc::values)
                .map(list -> list.stream().map(ColumnDoc.ValueCount::value).toList());
    }

    private static Map<String, List<String>> distinct(SqlGate gate, SemanticModel model, List<SemanticModel.Dimension> dims) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (dims.isEmpty()) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        for (SemanticModel.Dimension d : dims) {
            SemanticModel.Entity e = model.entity(d.entity()).orElseThrow();
            parts.add("SELECT " + SqlParts.literal(d.name()) + " AS dimension, " + d.column() + " AS value FROM "
                    + e.name() + " " + e.alias() + " WHERE " + d.column() + " IS NOT NULL GROUP BY " + d.column());
        }
        for (List<Object> row : rows(gate, String.join("\nUNION ALL\n", parts) + "\nORDER BY 1, 2").rows()) {
            out.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add(String.valueOf(row.get(1)));
        }
        return out;
    }

    /** The database's row counts and calendar, to tell whether a schema doc describes it. */
    private record Shape(Map<String, Long> counts, DataCalendar calendar) {
        static Shape read(SqlGate gate, SemanticModel model) {
            String fact = model.fact().table();
            String date = model.fact().date().replaceFirst("^\\w+\\.", "");
            List<String> tables = new ArrayList<>(List.of(fact));
            model.entities().forEach(e -> tables.add(e.name()));
            StringBuilder sql = new StringBuilder("SELECT min(" + date + ") AS first, max(" + date + ") AS today");
            for (String t : tables) {
                sql.append(", (SELECT count(*) FROM ").append(t).append(") AS ").append(t);
            }
            List<Object> row = rows(gate, sql.append(" FROM ").append(fact).toString()).rows().get(0);
            if (row.get(0) == null) {
                throw new ShopSightException("The database has no sales: " + fact + " is empty.");
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), ((Number) row.get(2 + i)).longValue());
            }
            return new Shape(counts, new DataCalendar((LocalDate) row.get(0), (LocalDate) row.get(1)));
        }

        boolean matches(SchemaDoc doc) {
            return counts.entrySet().stream().allMatch(e -> doc.table(e.getKey()).map(TableDoc::rowCount)
                    .filter(n -> n.longValue() == e.getValue()).isPresent());
        }
    }

    private static Rows rows(SqlGate gate, String sql) {
        GateResult result = gate.run(sql, LIMITS, CONTEXT);
        if (result instanceof Rejected r) {
            // The planner's own start-up queries failing means a database of another shape.
            throw new ShopSightException("The planner cannot read the database: " + r.describe());
        }
        return (Rows) result;
    }
}
