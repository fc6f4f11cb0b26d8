package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.tools.schema.ColumnDoc;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.TableDoc;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code describe_schema}: detail from the learned schema doc (hm.json) beyond what the
 * prompt carries: the tables, one table's columns, one column's values, or a search. Reads
 * the doc only; nothing runs on the database.
 */
final class SchemaTool implements LlmTool {
    /** Values of one column listed at most, most frequent first. */
    static final int VALUES_SHOWN = 300;
    private static final int SEARCH_HITS = 30;

    private final SchemaDoc doc;

    SchemaTool(SchemaDoc doc) {
        this.doc = doc;
    }

    @Override
    public String name() {
        return "describe_schema";
    }

    @Override
    public List<ToolParam> params() {
        return List.of(ToolParam.optional("table", ToolParam.Type.STRING), ToolParam.optional("column", ToolParam.Type.STRING),
                ToolParam.optional("search", ToolParam.Type.STRING));
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        String table = args.text("table");
        String column = args.text("column");
        String search = args.text("search");
        if (search != null) {
            return new ToolOutcome.Done(search(search), null, null, null, null);
        }
        if (table == null) {
            if (column != null) {
                throw new IllegalArgumentException("give the table of column '" + column + "' too");
            }
            return new ToolOutcome.Done(tables(), null, doc.tables().size(), null, null);
        }
        Optional<TableDoc> t = doc.table(table);
        if (t.isEmpty()) {
            return failed("unknown_table", "No table " + table + ".", "The tables are " + names() + ".");
        }
        if (column == null) {
            return new ToolOutcome.Done(table(t.get()), null, t.get().columns().size(), null, null);
        }
        Optional<ColumnDoc> c = t.get().column(column);
        if (c.isEmpty()) {
            return failed("unknown_column", "No column " + column + " in " + t.get().name() + ".",
                    "Its columns are " + String.join(", ", t.get().columns().stream().map(ColumnDoc::name).toList()) + ".");
        }
        return new ToolOutcome.Done(column(t.get(), c.get()), null, null, null, null);
    }

    private ObjectNode tables() {
        ObjectNode json = DataFence.JSON.createObjectNode().put("status", "tables");
        ArrayNode list = json.putArray("tables");
        for (TableDoc t : doc.tables()) {
            list.addObject().put("name", t.name()).put("kind", t.kind()).put("rows", t.rowCount()).put("meaning", t.meaning())
                    .put("columns", t.columns().size());
        }
        return json;
    }

    private ObjectNode table(TableDoc t) {
        ObjectNode json = DataFence.JSON.createObjectNode().put("status", "table").put("name", t.name())
                .put("kind", t.kind()).put("rows", t.rowCount()).put("meaning", t.meaning());
        t.notes().forEach(json.withArray("notes")::add);
        t.primaryKey().forEach(json.withArray("primaryKey")::add);
        ArrayNode columns = json.putArray("columns");
        for (ColumnDoc c : t.columns()) {
            ObjectNode col = columns.addObject().put("name", c.name()).put("type", c.type()).put("meaning", c.meaning())
                    .put("distinct", c.distinctCount()).put("nullShare", c.nullShare());
            if (!c.labels().isEmpty()) {
                col.set("labels", DataFence.JSON.valueToTree(c.labels()));
            }
            c.topValues().stream().limit(5).forEach(v -> col.withArray("topValues").add(v.value()));
        }
        doc.relationships().stream().filter(r -> r.fromTable().equalsIgnoreCase(t.name()) || r.toTable().equalsIgnoreCase(t.name()))
                .forEach(r -> json.withArray("relationships").add(r.arrow() + " ON " + r.on()));
        return json;
    }

    private ObjectNode column(TableDoc t, ColumnDoc c) {
        ObjectNode json = DataFence.JSON.createObjectNode().put("status", "column").put("table", t.name())
                .put("name", c.name()).put("type", c.type()).put("meaning", c.meaning()).put("distinct", c.distinctCount())
                .put("nulls", c.nullCount());
        if (c.unit() != null) {
            json.put("unit", c.unit());
        }
        c.notes().forEach(json.withArray("notes")::add);
        if (!c.labels().isEmpty()) {
            json.set("labels", DataFence.JSON.valueToTree(c.labels()));
        }
        if (c.min() != null) {
            json.put("min", c.min()).put("max", c.max());
        }
        if (c.numeric() != null) {
            json.set("quantiles", DataFence.JSON.valueToTree(c.numeric()));
        }
        List<ColumnDoc.ValueCount> values = c.values() != null ? c.values() : c.topValues();
        ArrayNode list = json.putArray(c.values() != null ? "values" : "topValues");
        values.stream().limit(VALUES_SHOWN).forEach(v -> list.addObject().put("value", v.value()).put("count", v.count()));
        if (values.size() > VALUES_SHOWN) {
            json.put("note", "The " + VALUES_SHOWN + " most frequent of " + values.size()
                    + " values; query the table with ILIKE for others.");
        } else if (c.values() == null) {
            json.put("note", "The most frequent values only; query the table for others.");
        }
        c.examples().forEach(json.withArray("examples")::add);
        return json;
    }

    private ObjectNode search(String words) {
        List<String> terms = Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> w.length() > 1)
                .toList();
        ObjectNode json = DataFence.JSON.createObjectNode().put("status", "matches").put("search", words);
        ArrayNode hits = json.putArray("matches");
        for (TableDoc t : doc.tables()) {
            if (matches(terms, t.name() + " " + t.meaning()) && hits.size() < SEARCH_HITS) {
                hits.addObject().put("table", t.name()).put("meaning", t.meaning());
            }
            for (ColumnDoc c : t.columns()) {
                String text = c.name() + " " + c.meaning() + " " + String.join(" ", c.labels().values());
                if (matches(terms, text) && hits.size() < SEARCH_HITS) {
                    hits.addObject().put("table", t.name()).put("column", c.name()).put("type", c.type())
                            .put("meaning", c.meaning());
                }
            }
        }
        return json;
    }

    private static boolean matches(List<String> terms, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return !terms.isEmpty() && terms.stream().anyMatch(lower::contains);
    }

    private String names() {
        return String.join(", ", doc.tables().stream().map(TableDoc::name).toList());
    }

    private static ToolOutcome.Failed failed(String code, String message, String hint) {
        ObjectNode json = DataFence.JSON.createObjectNode().put("status", "failed").put("code", code).put("message", message)
                .put("hint", hint);
        return new ToolOutcome.Failed(json, null, code + ": " + message);
    }
}
