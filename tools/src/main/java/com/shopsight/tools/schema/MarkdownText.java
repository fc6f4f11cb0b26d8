package com.shopsight.tools.schema;

import com.shopsight.tools.schema.ColumnDoc.ValueCount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Short, fixed-format text for the Markdown doc: numbers, shares, and a column's values cell. */
final class MarkdownText {
    private static final int TOP_IN_CELL = 5;
    private static final int EXAMPLE_CHARS = 24;

    private MarkdownText() {}

    /** 3 significant digits below 1,000, whole and grouped above. */
    static String num(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a percentage with one decimal; "<0.1%" for a tiny non-zero share. */
    static String pct(double share) {
        return share > 0 && share < 0.0005 ? "<0.1%" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Text that is safe inside a Markdown table cell, cut to {@code max} characters. */
    static String cell(String s, int max) {
        String flat = s.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** What a reader needs to know about a column's values, by its role. */
    static String values(ColumnDoc c) {
        if (c.distinctCount() == 0 && c.role() != ColumnRole.OTHER) {
            return c.nullCount() > 0 ? "always NULL" : "no rows";
        }
        String body = switch (c.role()) {
            case IDENTIFIER, NAME -> count(c.distinctCount()) + " distinct" + examples(c, c.role() == ColumnRole.NAME ? 2 : 1);
            case TEXT -> count(c.distinctCount()) + " distinct; avg " + num(c.avgLength() == null ? 0 : c.avgLength()) + " chars";
            case CATEGORY, FLAG -> values(c.distinctCount()) + ": " + top(c);
            case CODE -> values(c.distinctCount()) + (c.labels().isEmpty() ? range(c) : ": " + top(c));
            case DATE -> c.min() == null ? "empty" : c.min() + " to " + c.max();
            case AMOUNT, QUANTITY, NUMBER -> numeric(c);
            case OTHER -> c.min() == null ? "" : c.min() + " to " + c.max();
        };
        return c.nullCount() > 0 ? body + "; NULL " + pct(c.nullShare()) : body;
    }

    private static String examples(ColumnDoc c, int n) {
        List<String> e = c.examples().stream().limit(n).map(x -> "`" + cell(x, EXAMPLE_CHARS) + "`").toList();
        return e.isEmpty() ? "" : "; e.g. " + String.join(", ", e);
    }

    private static String values(long n) {
        return count(n) + (n == 1 ? " value" : " values");
    }

    /** The top values with their shares, a coded value with its label ("2 online 70.4%"). */
    private static String top(ColumnDoc c) {
        List<ValueCount> values = c.topValues().isEmpty() && c.values() != null ? c.values() : c.topValues();
        String shown = values.stream().limit(TOP_IN_CELL)
                .map(v -> listed(cell(v.value(), 40)) + (c.labels().containsKey(v.value()) ? " " + c.labels().get(v.value()) : "")
                        + " " + pct(v.share()))
                .collect(Collectors.joining(", "));
        return c.distinctCount() > TOP_IN_CELL ? shown + ", …" : shown;
    }

    /** A value in a comma-separated list, quoted when it has a comma of its own ("Under-, Nightwear"). */
    private static String listed(String value) {
        return value.contains(",") ? "\"" + value + "\"" : value;
    }

    private static String range(ColumnDoc c) {
        if (c.min() == null) {
            return "";
        }
        return c.min().equals(c.max()) ? ": " + c.min() : ", " + c.min() + " to " + c.max();
    }

    private static String numeric(ColumnDoc c) {
        if (c.numeric() == null) {
            return c.min() == null ? "empty" : c.min() + " to " + c.max();
        }
        return num(Double.parseDouble(c.min())) + " to " + num(Double.parseDouble(c.max())) + "; median "
                + num(c.numeric().p50()) + ", mean " + num(c.numeric().mean());
    }
}
