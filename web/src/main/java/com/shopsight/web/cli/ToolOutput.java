package com.shopsight.web.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.query.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** How the tool commands print: JSON for scripts and other forecasting libraries, or tables for a terminal. */
final class ToolOutput {
    /** The output formats. */
    enum Format {
        JSON,
        TABLE;

        /** Parses "json" or "table", in any case. */
        static Format parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "table", "text" -> TABLE;
                default -> throw new IllegalArgumentException("Unknown format '" + text + "': use json or table");
            };
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ToolOutput() {}

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ShopSightException("Cannot write the result as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reports a tool's failure: the JSON result on standard output for scripts, or the problem
     * on standard error for people; either way exit code 4 (the input was rejected).
     */
    static int failed(Format format, Object result, Problem problem, PrintWriter out, PrintWriter err) {
        if (format == Format.JSON) {
            out.println(json(result));
            out.flush();
        } else {
            err.println("error: " + problem.describe());
            if (problem.sql() != null) {
                err.println("SQL: " + problem.sql());
            }
            err.flush();
        }
        return ShopSightCli.EXIT_REJECTED;
    }

    /** Notes and SQL, the end of every table. */
    static void notesAndSql(StringBuilder s, List<String> notes, List<String> sql) {
        if (!notes.isEmpty()) {
            s.append("\nNotes:\n");
            notes.forEach(n -> s.append("  - ").append(n).append('\n'));
        }
        s.append("\nSQL:\n");
        sql.forEach(q -> s.append("  ").append(q).append(";\n"));
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 0.01 || a == 0 ? "%.3f" : "%.2e", v);
    }

    static String num(Double v) {
        return v == null ? "n/a" : num(v.doubleValue());
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
