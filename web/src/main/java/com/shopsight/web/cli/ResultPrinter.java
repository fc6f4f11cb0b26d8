package com.shopsight.web.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.gate.Column;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints gate results for a terminal: aligned tables, RFC 4180 CSV, and refusals with a caret. */
final class ResultPrinter {
    /** Wider cells are cut in tables; CSV and JSON keep everything. */
    private static final int MAX_CELL = 48;
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ResultPrinter() {}

    static void table(Rows rows, PrintWriter out) {
        List<String> header = rows.columns().stream().map(Column::name).toList();
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : rows.rows()) {
            cells.add(row.stream().map(v -> clip(text(v))).toList());
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> row : cells) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        out.println(line(header, width, rows));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (List<String> row : cells) {
            out.println(line(row, width, rows));
        }
        out.println(rows.truncated()
                ? String.format(Locale.ROOT, "(first %d rows: the query has more; raise --max-rows to see them; %d ms)", rows.rowCount(), rows.elapsedMs())
                : String.format(Locale.ROOT, "(%d row%s, %d ms)", rows.rowCount(), rows.rowCount() == 1 ? "" : "s", rows.elapsedMs()));
    }

    private static String line(List<String> cells, int[] width, Rows rows) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(width[i] - cell.length());
            sb.append(i == 0 ? "" : " | ").append(numeric(rows.columns().get(i)) ? pad + cell : cell + pad);
        }
        return sb.toString().stripTrailing();
    }

    static void csv(Rows rows, PrintWriter out) {
        out.print(String.join(",", rows.columns().stream().map(c -> quote(c.name())).toList()) + "\r\n");
        for (List<Object> row : rows.rows()) {
            out.print(String.join(",", row.stream().map(v -> v == null ? "" : quote(text(v))).toList()) + "\r\n");
        }
    }

    /** The refusal for stderr: code, message, the SQL with a caret under the position, and the hint. */
    static String explain(Rejected r) {
        StringBuilder sb = new StringBuilder(r.kind().code());
        if (r.position() != null) {
            sb.append(" at ").append(r.position());
        }
        sb.append(": ").append(r.message());
        if (r.position() != null && r.position() <= r.sql().length()) {
            int lineStart = r.sql().lastIndexOf('\n', Math.max(0, r.position() - 1)) + 1;
            int lineEnd = r.sql().indexOf('\n', r.position());
            String line = r.sql().substring(lineStart, lineEnd < 0 ? r.sql().length() : lineEnd);
            if (line.length() <= 200) {
                sb.append("\n  ").append(line).append("\n  ").append(" ".repeat(r.position() - lineStart)).append('^');
            }
        }
        if (r.hint() != null) {
            sb.append("\nhint: ").append(r.hint());
        }
        return sb.toString();
    }

    private static boolean numeric(Column c) {
        String t = c.type();
        return t.matches("(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*)");
    }

    /** A value as text: numbers without exponents, lists and structs as JSON, NULL as empty in CSV. */
    static String text(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            try {
                return JSON.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                throw new ShopSightException("Cannot print a value as JSON: " + e.getMessage(), e);
            }
        }
        return v.toString();
    }

    private static String clip(String s) {
        String flat = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }
}
