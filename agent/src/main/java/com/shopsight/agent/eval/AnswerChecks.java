package com.shopsight.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Applies a tool answer's {@link Checks} to an answer and says, for each that fails, why. */
final class AnswerChecks {
    private AnswerChecks() {}

    static List<String> failures(Checks checks, Answer answer) {
        List<String> out = new ArrayList<>();
        if (checks.tool() != null && !usedTool(answer, checks.tool())) {
            out.add("expected the " + checks.tool() + " tool; the steps used " + toolsUsed(answer));
        }
        Table table = answer.table();
        if (checks.rows() != null) {
            int rows = table == null ? 0 : table.rows().size();
            if (table == null || !checks.rows().contains(rows)) {
                out.add("expected " + checks.rows() + " rows, the answer has " + (table == null ? "no table" : rows));
            }
        }
        for (String wanted : checks.columns()) {
            if (column(table, wanted) < 0) {
                out.add("expected a column named like " + wanted + "; the table has "
                        + (table == null ? "no columns" : ExecutionMatch.names(table)));
            }
        }
        if (checks.chart() != null) {
            Set<String> marks = marks(answer.chart());
            if (java.util.Arrays.stream(checks.chart().toLowerCase(Locale.ROOT).split("\\|")).noneMatch(marks::contains)) {
                out.add("expected a " + checks.chart() + " chart; the answer has "
                        + (answer.chart() == null ? "no chart" : "marks " + marks));
            }
        }
        for (Map.Entry<String, Range> e : checks.values().entrySet()) {
            valueFailure(table, e.getKey(), e.getValue()).ifPresent(out::add);
        }
        for (String value : checks.contains()) {
            if (!holds(table, Cell.of(value))) {
                out.add("expected a cell equal to '" + value + "' in the table");
            }
        }
        return out;
    }

    /** Whether some step used {@code tool}: names compared by their letters, so "product_report" is "report". */
    static boolean usedTool(Answer answer, String tool) {
        String want = letters(tool);
        if (want.endsWith("s")) {
            want = want.substring(0, want.length() - 1);
        }
        for (Step s : answer.steps()) {
            if (letters(s.tool()).contains(want)) {
                return true;
            }
        }
        return false;
    }

    static List<String> toolsUsed(Answer answer) {
        Set<String> tools = new LinkedHashSet<>();
        answer.steps().forEach(s -> tools.add(s.tool()));
        return List.copyOf(tools);
    }

    private static java.util.Optional<String> valueFailure(Table table, String name, Range range) {
        int c = column(table, name);
        if (c < 0) {
            return java.util.Optional.of("expected a column named like " + name + " with values in " + range);
        }
        for (List<Object> row : table.rows()) {
            Cell cell = Cell.of(row.get(c));
            if (cell instanceof Cell.Null) {
                continue;
            }
            if (!(cell instanceof Cell.Num n) || !range.contains(n.value())) {
                return java.util.Optional.of("expected every " + table.columns().get(c).name() + " in " + range
                        + "; found " + MismatchReasons.show(cell));
            }
        }
        return java.util.Optional.empty();
    }

    /** The first column whose name contains one of the "|"-separated names, compared by letters and digits. */
    static int column(Table table, String names) {
        if (table == null) {
            return -1;
        }
        for (String name : names.split("\\|")) {
            String want = letters(name);
            for (int i = 0; i < table.width(); i++) {
                if (!want.isEmpty() && letters(table.columns().get(i).name()).contains(want)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether some cell equals {@code value}, or (for text) contains it: "[Swimwear bottom]" holds "Swimwear bottom". */
    private static boolean holds(Table table, Cell value) {
        if (table == null) {
            return false;
        }
        for (List<Object> row : table.rows()) {
            for (Object v : row) {
                Cell cell = Cell.of(v);
                if (Cell.same(cell, value, Tolerance.DEFAULT)
                        || (cell instanceof Cell.Text t && value instanceof Cell.Text w && t.value().contains(w.value()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every mark a Vega-Lite spec draws, through layers and concatenations. */
    static Set<String> marks(JsonNode spec) {
        Set<String> out = new LinkedHashSet<>();
        collect(spec, out);
        return out;
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node == null || !node.isObject()) {
            return;
        }
        JsonNode mark = node.get("mark");
        if (mark != null) {
            out.add((mark.isObject() ? mark.path("type").asText() : mark.asText()).toLowerCase(Locale.ROOT));
        }
        for (String part : List.of("layer", "hconcat", "vconcat", "concat")) {
            node.path(part).forEach(child -> collect(child, out));
        }
        collect(node.get("spec"), out);
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
