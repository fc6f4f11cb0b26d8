package com.shopsight.web.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.ShopSightException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shared printing of the basket, chart, search and report commands: JSON, aligned tables, numbers. */
final class ToolPrinting {
    /** The output formats. */
    enum Format {
        JSON,
        TABLE;

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

    private ToolPrinting() {}

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ShopSightException("Cannot write the result as JSON: " + e.getMessage(), e);
        }
    }

    /** An aligned table; numbers right-aligned, long cells cut. */
    static String table(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(line(header, width)).append('\n');
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        sb.append(String.join("-+-", rule)).append('\n');
        for (List<String> r : rows) {
            sb.append(line(r, width)).append('\n');
        }
        return sb.toString();
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(i == 0 ? "" : " | ").append(c.matches("[-+]?[0-9.,]+%?|n/a|inf") ? pad + c : c + pad);
        }
        return sb.toString().stripTrailing();
    }

    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    static String num(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 0.01 || a == 0 ? "%.3f" : "%.2e", v);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, share >= 0.001 ? "%.1f%%" : "%.3f%%", 100 * share);
    }
}
