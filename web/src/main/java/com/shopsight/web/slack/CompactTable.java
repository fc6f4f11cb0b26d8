package com.shopsight.web.slack;

import com.shopsight.agent.answer.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key rows of an answer's table as aligned plain text for a code block in Slack: a few rows
 * and columns, long cells cut, shares as percentages; the answer's page has the rest.
 */
final class CompactTable {
    static final int MAX_ROWS = 8;
    static final int MAX_COLUMNS = 5;
    private static final int MAX_CELL = 28;

    private CompactTable() {}

    /** The table as lines of text, with a last line saying how much was left out, if anything. */
    static String render(Table table) {
        int columns = Math.min(MAX_COLUMNS, table.width());
        int rows = Math.min(MAX_ROWS, table.rows().size());
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(clip(table.columns().get(c).name()));
        }
        for (List<Object> row : table.rows().subList(0, rows)) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                line.add(cell(table.columns().get(c).name(), row.get(c)));
            }
            cells.add(line);
        }
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = header.get(c).length();
            for (List<String> line : cells) {
                width[c] = Math.max(width[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder(line(header, width, table));
        for (List<String> line : cells) {
            out.append('\n').append(line(line, width, table));
        }
        if (rows < table.rows().size() || columns < table.width()) {
            out.append('\n').append(String.format(Locale.ROOT, "(%d of %d rows, %d of %d columns)", rows, table.rows().size(),
                    columns, table.width()));
        }
        return out.toString();
    }

    private static String line(List<String> cells, int[] width, Table table) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String pad = " ".repeat(width[c] - cells.get(c).length());
            sb.append(c == 0 ? "" : "  ").append(numeric(table.columns().get(c).type()) ? pad + cells.get(c) : cells.get(c) + pad);
        }
        return sb.toString().stripTrailing();
    }

    private static String cell(String column, Object v) {
        if (v == null) {
            return "";
        }
        // Shares and changes are fractions in the data; people read them as percentages.
        if ((column.equals("share") || column.equals("change")) && v instanceof Number n) {
            return String.format(Locale.ROOT, column.equals("change") ? "%+.1f%%" : "%.1f%%", 100 * n.doubleValue());
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return String.format(Locale.ROOT, "%,.2f", ((Number) v).doubleValue());
        }
        if (v instanceof Number n) {
            return String.format(Locale.ROOT, "%,d", n.longValue());
        }
        return clip(String.valueOf(v).replaceAll("\\s+", " "));
    }

    private static boolean numeric(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return t.contains("INT") || t.startsWith("DECIMAL") || t.equals("DOUBLE") || t.equals("FLOAT") || t.equals("REAL");
    }

    private static String clip(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
    }
}
