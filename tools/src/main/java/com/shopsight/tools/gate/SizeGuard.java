package com.shopsight.tools.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses calls that build one enormous value from a small text: {@code range(1e9)} as a
 * list, {@code repeat('x', 2e9)}, {@code lpad(s, 1e9, ' ')}, {@code printf('%1000000000d', 1)}.
 * DuckDB folds such constants while planning, where it neither checks for cancellation nor
 * counts the memory against its limit (10 million list elements took 1 GB with a 256 MB
 * limit), and builds them outside its buffer manager when running. So the sizes of these
 * functions must be constants the gate can evaluate, and small. In FROM, range and
 * generate_series stream their rows and need no such bound.
 */
final class SizeGuard {
    /** The largest list or string one call may build. */
    static final long MAX_ELEMENTS = 1_000_000;

    private static final Set<String> LIST_BUILDERS = Set.of("range", "generate_series");
    private static final Set<String> RESIZERS = Set.of("list_resize", "array_resize");
    private static final Set<String> PADDERS = Set.of("repeat", "lpad", "rpad");
    private static final Set<String> FORMATTERS = Set.of("printf", "format");
    private static final Set<String> DAY_OR_LONGER = Set.of("to_days", "to_weeks", "to_months", "to_quarters", "to_years",
            "to_decades", "to_centuries", "to_millennia");
    private static final Pattern DAY_OR_LONGER_TEXT =
            Pattern.compile("(?i)\\s*[1-9]\\d*\\s*(day|week|month|quarter|year)s?\\s*");
    private static final Pattern LONG_WIDTH = Pattern.compile("\\d{7,}");
    private static final BigDecimal MAX = BigDecimal.valueOf(MAX_ELEMENTS);

    private SizeGuard() {}

    /** Checks a function call in an expression; {@code name} is its lower-case name. */
    static void check(JsonNode call, String name, String sql, Integer at) throws Refusal {
        List<JsonNode> args = new ArrayList<>();
        for (JsonNode a : call.path("arguments")) {
            args.add(a.has("expression") ? a.path("expression") : a);
        }
        if (LIST_BUILDERS.contains(name)) {
            listBuilder(name, args, sql, at);
        } else if (RESIZERS.contains(name) || PADDERS.contains(name)) {
            BigDecimal n = args.size() >= 2 ? constant(args.get(1)) : null;
            if (n == null || n.compareTo(MAX) > 0) {
                throw tooLarge(name + "(...) needs a constant size of at most " + MAX_ELEMENTS, sql, at);
            }
            if (name.equals("repeat") && isPadding(args.get(0))) {
                throw tooLarge("repeat(...) cannot repeat the result of another repeat, lpad or rpad", sql, at);
            }
            String text = literal(args.get(0));
            if (text != null && n.multiply(BigDecimal.valueOf(Math.max(1, text.length()))).compareTo(MAX) > 0) {
                throw tooLarge(name + "(...) would build more than " + MAX_ELEMENTS + " characters", sql, at);
            }
        } else if (name.equals("bar") && args.size() >= 4) {
            BigDecimal width = constant(args.get(3));
            if (width == null || width.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw tooLarge("bar(...) needs a constant width of at most 1000", sql, at);
            }
        } else if (FORMATTERS.contains(name) && !args.isEmpty()) {
            String format = literal(args.get(0));
            if (format != null && LONG_WIDTH.matcher(format).find()) {
                throw tooLarge(name + "(...) asks for a field millions of characters wide", sql, at);
            }
        }
    }

    /** range(stop), range(start, stop), range(start, stop, step) as lists; dates need a step of a day or more. */
    private static void listBuilder(String name, List<JsonNode> args, String sql, Integer at) throws Refusal {
        List<BigDecimal> values = new ArrayList<>();
        for (JsonNode a : args) {
            values.add(constant(a));
        }
        if (!values.contains(null) && !values.isEmpty()) {
            BigDecimal start = values.size() == 1 ? BigDecimal.ZERO : values.get(0);
            BigDecimal stop = values.size() == 1 ? values.get(0) : values.get(1);
            BigDecimal step = values.size() == 3 ? values.get(2).abs() : BigDecimal.ONE;
            if (step.signum() == 0 || stop.subtract(start).abs().divide(step, MathContext.DECIMAL64).compareTo(MAX) > 0) {
                throw tooLarge(name + "(...) would build a list of more than " + MAX_ELEMENTS + " elements", sql, at);
            }
            return;
        }
        if (args.size() == 3 && dayOrLonger(args.get(2))) {
            return; // a calendar: even ten thousand years of days stay small
        }
        throw tooLarge("in an expression, " + name + "(...) needs constant bounds or a step of a day or more", sql, at);
    }

    private static Refusal tooLarge(String message, String sql, Integer at) {
        return new Refusal(Rejected.Kind.TOO_LARGE, message,
                "Build at most " + MAX_ELEMENTS + " elements with constant sizes; in FROM, range() and generate_series() "
                        + "stream any number of rows, and bar(value, min, max, width) draws bars.", at, sql);
    }

    /** The value of a numeric constant expression: literals, casts of literals, + - * / // % ** ^. Otherwise null. */
    static BigDecimal constant(JsonNode e) {
        switch (e.path("class").asText()) {
            case "CONSTANT" -> {
                return number(e.path("literal").path("text").asText(null));
            }
            case "CAST" -> {
                return constant(e.path("child"));
            }
            case "FUNCTION" -> {
                List<BigDecimal> v = new ArrayList<>();
                for (JsonNode a : e.path("arguments")) {
                    BigDecimal x = constant(a.has("expression") ? a.path("expression") : a);
                    if (x == null) {
                        return null;
                    }
                    v.add(x);
                }
                return arithmetic(e.path("function_name").asText(), v);
            }
            default -> {
                return null;
            }
        }
    }

    private static BigDecimal arithmetic(String op, List<BigDecimal> v) {
        if (v.size() == 1) {
            return switch (op) {
                case "-" -> v.get(0).negate();
                case "+", "trunc", "round", "floor", "ceil" -> v.get(0); // INTERVAL 1 DAY parses as to_days(trunc(1))
                default -> null;
            };
        }
        if (v.size() != 2) {
            return null;
        }
        BigDecimal a = v.get(0);
        BigDecimal b = v.get(1);
        try {
            return switch (op) {
                case "+" -> a.add(b);
                case "-" -> a.subtract(b);
                case "*" -> a.multiply(b);
                case "/", "//" -> b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL64);
                case "%" -> b.signum() == 0 ? null : a.remainder(b);
                // Any power past 1e18 is "too large" already; cap the exponent so evaluating stays cheap.
                case "**", "^" -> a.pow(Math.min(64, Math.max(0, b.intValue())), MathContext.DECIMAL64);
                default -> null;
            };
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String literal(JsonNode e) {
        return e.path("class").asText().equals("CONSTANT") && e.path("literal").path("kind").asText().equals("STRING")
                ? e.path("literal").path("text").asText()
                : null;
    }

    private static boolean isPadding(JsonNode e) {
        return e.path("class").asText().equals("FUNCTION") && PADDERS.contains(e.path("function_name").asText().toLowerCase(Locale.ROOT));
    }

    /** INTERVAL n DAY|WEEK|MONTH|YEAR or INTERVAL 'n days' with a constant n of at least 1. */
    private static boolean dayOrLonger(JsonNode e) {
        if (e.path("class").asText().equals("CAST")) {
            String text = literal(e.path("child"));
            return text != null && DAY_OR_LONGER_TEXT.matcher(text).matches();
        }
        if (!e.path("class").asText().equals("FUNCTION") || !DAY_OR_LONGER.contains(e.path("function_name").asText())) {
            return false;
        }
        JsonNode arg = e.path("arguments").path(0);
        BigDecimal n = constant(arg.has("expression") ? arg.path("expression") : arg);
        return n != null && n.compareTo(BigDecimal.ONE) >= 0;
    }
}
