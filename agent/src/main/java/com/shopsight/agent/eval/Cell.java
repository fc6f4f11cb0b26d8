package com.shopsight.agent.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table value reduced to what it means, so that the same value compares equal whatever form
 * it arrived in: any number type (or text that is a plain number) becomes a double; dates,
 * timestamps and ISO text become a day, or a moment when not at midnight; other text is
 * compared trimmed and without case; null equals only null.
 */
sealed interface Cell {
    /** No value. */
    record Null() implements Cell {}

    /** A number. */
    record Num(double value) implements Cell {}

    /** A calendar day (a timestamp at midnight counts as its day). */
    record Day(LocalDate value) implements Cell {}

    /** A moment that is not at midnight. */
    record Moment(LocalDateTime value) implements Cell {}

    /** A truth value. */
    record Bool(boolean value) implements Cell {}

    /** Text: compared by {@code value} (trimmed, lower-cased), shown as {@code original}. */
    record Text(String value, String original) implements Cell {
        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && t.value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    Null NULL = new Null();

    /** A plain decimal number; longer runs of digits are identifiers and stay text. */
    Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,15}(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    /** The meaning of a JDBC or JSON value. */
    static Cell of(Object v) {
        if (v == null) {
            return NULL;
        }
        if (v instanceof Number n) {
            return new Num(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
        }
        if (v instanceof Boolean b) {
            return new Bool(b);
        }
        if (v instanceof LocalDate d) {
            return new Day(d);
        }
        if (v instanceof java.sql.Date d) {
            return new Day(d.toLocalDate());
        }
        if (v instanceof java.sql.Timestamp t) {
            return moment(t.toLocalDateTime());
        }
        if (v instanceof LocalDateTime t) {
            return moment(t);
        }
        if (v instanceof OffsetDateTime t) {
            return moment(t.toLocalDateTime());
        }
        return text(v.toString());
    }

    private static Cell moment(LocalDateTime t) {
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? new Day(t.toLocalDate()) : new Moment(t);
    }

    private static Cell text(String raw) {
        String s = raw.trim();
        try {
            if (NUMBER.matcher(s).matches()) {
                return new Num(Double.parseDouble(s));
            }
            if (DAY.matcher(s).matches()) {
                return new Day(LocalDate.parse(s));
            }
            if (MOMENT.matcher(s).matches()) {
                return moment(LocalDateTime.parse(s.replace(' ', 'T')));
            }
        } catch (NumberFormatException | DateTimeParseException notReally) {
            // Looked like a number or a date but is not one (2020-13-45): it stays text.
        }
        return new Text(s.toLowerCase(Locale.ROOT), s);
    }

    /** Whether two cells hold the same value, numbers within {@code tolerance}. */
    static boolean same(Cell a, Cell b, Tolerance tolerance) {
        if (a instanceof Num x && b instanceof Num y) {
            return tolerance.same(x.value(), y.value());
        }
        return a.equals(b);
    }

    /** A total order over cells: by kind (null, number, day, moment, truth, text), then by value. */
    Comparator<Cell> ORDER = Comparator.comparingInt(Cell::rank).thenComparing(Cell::compareWithinKind);

    private static int rank(Cell c) {
        if (c instanceof Null) {
            return 0;
        }
        if (c instanceof Num) {
            return 1;
        }
        if (c instanceof Day) {
            return 2;
        }
        if (c instanceof Moment) {
            return 3;
        }
        return c instanceof Bool ? 4 : 5;
    }

    private static int compareWithinKind(Cell a, Cell b) {
        if (a instanceof Num x && b instanceof Num y) {
            return Double.compare(x.value(), y.value());
        }
        if (a instanceof Day x && b instanceof Day y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof Moment x && b instanceof Moment y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof Bool x && b instanceof Bool y) {
            return Boolean.compare(x.value(), y.value());
        }
        if (a instanceof Text x && b instanceof Text y) {
            return x.value().compareTo(y.value());
        }
        return 0;
    }
}
