package com.shopsight.agent.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags numbers in an answer that no tool result backs. A number passes when some number the
 * LLM was shown (tool results, the question, the business definitions, earlier tables) equals
 * it as written: after dropping thousands separators, allowing for rounding to the digits
 * shown (or to the thousands a round number such as 12,000 stands for), a k / million /
 * billion scale, a sign, and a percent written from a fraction (23.5% for 0.235).
 */
final class NumberCheck {
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^(\\s*)\\d{1,3}[.)](?=\\s)");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9_.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(\\s?%|\\s?(?:k|K|thousand|m|M|million|bn|billion)\\b)?(?![0-9A-Za-z_])");
    private static final Pattern SOURCE_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    private final TreeSet<Double> known = new TreeSet<>();
    private final Set<String> knownDates = new LinkedHashSet<>();

    /** A check against the numbers in {@code sources}. */
    NumberCheck(List<String> sources) {
        for (String s : sources) {
            Matcher d = DATE.matcher(s);
            while (d.find()) {
                knownDates.add(d.group());
            }
            Matcher m = SOURCE_NUMBER.matcher(s);
            while (m.find()) {
                known.add(Math.abs(Double.parseDouble(m.group())));
            }
        }
    }

    /** The numbers of {@code text}, as written, that no source backs; empty when all are backed. */
    List<String> unsupported(String text) {
        List<String> out = new ArrayList<>();
        String rest = LIST_MARKER.matcher(text).replaceAll("$1");
        Matcher d = DATE.matcher(rest);
        StringBuilder blanked = new StringBuilder();
        while (d.find()) {
            if (!knownDates.contains(d.group())) {
                out.add(d.group());
            }
            d.appendReplacement(blanked, " ");
        }
        d.appendTail(blanked);
        Matcher m = NUMBER.matcher(blanked);
        while (m.find()) {
            if (!backed(m.group(1), m.group(2))) {
                out.add(m.group().strip());
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private boolean backed(String digits, String suffix) {
        String plain = digits.replace(",", "");
        double value = Double.parseDouble(plain);
        int dot = plain.indexOf('.');
        int decimals = dot < 0 ? 0 : plain.length() - dot - 1;
        double step = Math.pow(10, -decimals);
        if (dot < 0 && value >= 1000) {
            // 12,000 may stand for 12,345 rounded to thousands: as many places as trailing zeros.
            int zeros = 0;
            for (int i = plain.length() - 1; i > 0 && plain.charAt(i) == '0'; i--) {
                zeros++;
            }
            step = Math.pow(10, zeros);
        }
        String s = suffix == null ? "" : suffix.strip().toLowerCase(Locale.ROOT);
        double scale = switch (s) {
            case "k", "thousand" -> 1e3;
            case "m", "million" -> 1e6;
            case "bn", "billion" -> 1e9;
            default -> 1;
        };
        if (near(value * scale, step * scale / 2)) {
            return true;
        }
        // 23.5% may be written from the fraction 0.235.
        return s.equals("%") && near(value / 100, step / 200);
    }

    private boolean near(double value, double tolerance) {
        double slack = tolerance + Math.abs(value) * 1e-9;
        return !known.subSet(value - slack, true, value + slack, true).isEmpty();
    }
}
