package com.shopsight.web.cli;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Table;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints an Answer for a terminal: the answer text, the table aligned (long tables and wide
 * cells cut), a text bar chart when the answer has a chart, what was understood, the SQL,
 * notices, and the conversation id to continue with.
 */
final class AnswerPrinter {
    static final int MAX_ROWS = 25;
    private static final int MAX_CELL = 40;
    private static final int BAR = 40;

    private AnswerPrinter() {}

    static void print(Answer a, PrintWriter out) {
        out.println(a.answer().replace("**", ""));
        if (a.table() != null && !a.table().rows().isEmpty()) {
            out.println();
            table(a.table(), out);
        }
        // Series always get their text chart (as the prototype did); other answers when asked for one.
        boolean series = a.chart() != null && "line".equals(a.chart().path("mark").asText());
        if (a.chart() != null && a.table() != null && (series || a.understood().endsWith("as a chart"))) {
            List<String> chart = chart(a.table());
            if (!chart.isEmpty()) {
                out.println();
                chart.forEach(out::println);
            }
        }
        out.println();
        out.println("Understood: " + a.understood());
        if (a.sql() != null) {
            out.println("SQL:");
            a.sql().lines().forEach(l -> out.println("  " + l));
        }
        for (String n : a.notices()) {
            out.println("Note: " + n);
        }
        if (a.usage().llmCalls() > 0) {
            out.printf(Locale.ROOT, "LLM: %s, %d calls, %d tokens in, %d out%n", a.model() == null ? "-" : a.model(),
                    a.usage().llmCalls(), a.usage().inputTokens(), a.usage().outputTokens());
        }
        out.printf(Locale.ROOT, "Conversation: %s (continue with --conversation %s) · %d ms%n", a.conversationId(),
                a.conversationId(), a.usage().ms());
    }

    static void table(Table t, PrintWriter out) {
        int shown = Math.min(MAX_ROWS, t.rows().size());
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : t.rows().subList(0, shown)) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String name = t.columns().get(i).name();
                // Shares and changes are fractions in the data; a terminal reads them as percentages.
                line.add((name.equals("share") || name.equals("change")) && row.get(i) instanceof Number n
                        ? String.format(Locale.ROOT, name.equals("change") ? "%+.1f%%" : "%.1f%%", 100 * n.doubleValue())
                        : cell(row.get(i)));
            }
            cells.add(line);
        }
        int[] width = new int[t.width()];
        for (int i = 0; i < width.length; i++) {
            width[i] = t.columns().get(i).name().length();
            for (List<String> row : cells) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        out.println(line(t.columns().stream().map(Table.Column::name).toList(), width, t));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(rule);
        cells.forEach(row -> out.println(line(row, width, t)));
        if (t.rows().size() > shown) {
            out.printf(Locale.ROOT, "(%d of %d rows; --json prints them all)%n", shown, t.rows().size());
        }
    }

    /** Horizontal bars of the table's first figure, labelled by the columns before it. */
    static List<String> chart(Table t) {
        int value = -1;
        for (int i = 1; i < t.width(); i++) {
            if (numeric(t.columns().get(i).type())) {
                value = i;
                break;
            }
        }
        if (value < 0 || t.rows().size() < 2) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        double max = 0;
        int rows = Math.min(t.rows().size(), 60);
        for (List<Object> row : t.rows().subList(0, rows)) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < value; i++) {
                if (!t.columns().get(i).name().equals("article_id")) {
                    parts.add(String.valueOf(row.get(i)));
                }
            }
            labels.add(clip(String.join(" · ", parts), 28));
            if (row.get(value) instanceof Number n) {
                max = Math.max(max, Math.abs(n.doubleValue()));
            }
        }
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
        List<String> out = new ArrayList<>();
        out.add(t.columns().get(value).name() + ":");
        for (int r = 0; r < rows; r++) {
            Object v = t.rows().get(r).get(value);
            double d = v instanceof Number n ? Math.abs(n.doubleValue()) : 0;
            int eighths = max == 0 ? 0 : (int) Math.round(d / max * BAR * 8);
            String bar = "█".repeat(eighths / 8) + (eighths % 8 == 0 ? "" : String.valueOf((char) ('█' + 8 - eighths % 8)));
            out.add(String.format(Locale.ROOT, "%-" + labelWidth + "s │%s %s", labels.get(r), bar, cell(v)));
        }
        if (t.rows().size() > rows) {
            out.add("(first " + rows + " of " + t.rows().size() + ")");
        }
        return out;
    }

    private static String line(List<String> cells, int[] width, Table t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(i == 0 ? "" : " | ").append(numeric(t.columns().get(i).type()) ? pad + c : c + pad);
        }
        return sb.toString().stripTrailing();
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%,.2f", d) : String.format(Locale.ROOT, "%.4f", d);
        }
        if (v instanceof Number n) {
            return String.format(Locale.ROOT, "%,d", n.longValue());
        }
        return clip(String.valueOf(v), MAX_CELL);
    }

    private static boolean numeric(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return t.contains("INT") || t.startsWith("DECIMAL") || t.equals("DOUBLE") || t.equals("FLOAT") || t.equals("REAL");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
