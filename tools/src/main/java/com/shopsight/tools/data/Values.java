package com.shopsight.tools.data;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers for quoting offending values in problems. */
final class Values {
    private static final int MAX = 120;

    private Values() {}

    /** The value cut to a length a terminal line can hold. */
    static String clip(String value) {
        if (value == null) {
            return "";
        }
        String one = value.replace("\r", "").replace("\n", "\\n");
        return one.length() <= MAX ? one : one.substring(0, MAX - 3) + "...";
    }

    /** What a value failed to be, by the DuckDB type it was read as. */
    static String typeWords(String type) {
        return switch (type) {
            case "DATE" -> "is not a date (YYYY-MM-DD)";
            case "DOUBLE", "FLOAT" -> "is not a number";
            case "INTEGER", "BIGINT", "SMALLINT" -> "is not a whole number";
            default -> "cannot be read as " + type;
        };
    }

    /** Field {@code index} (0-based) of a CSV line with double-quote quoting; empty when absent. */
    static String field(String csvLine, int index) {
        List<String> fields = split(csvLine);
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /** How many fields a CSV line has. */
    static int fieldCount(String csvLine) {
        return split(csvLine).size();
    }

    /** The fields of one CSV line: commas separate, double quotes quote, doubled quotes escape. */
    static List<String> split(String line) {
        String s = line == null ? "" : line.stripTrailing();
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
