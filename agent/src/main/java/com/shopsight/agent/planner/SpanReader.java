package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.Grammar;
import com.shopsight.agent.lexicon.Meaning;

/**
 * Reads the spans of a question: time ("since June", "from March to June 2020", "Q3 2019",
 * "in May") and ages ("aged 25 to 34", "between 30 and 40"), for the {@link DraftReader}.
 */
final class SpanReader {
    private final TimeReader time;
    private final Labels labels;

    SpanReader(TimeReader time, Labels labels) {
        this.time = time;
        this.labels = labels;
    }

    /** A time span read at some position, and how many mentions it took. */
    record Span(TimeWindow window, int length, Integer month, boolean explicitYear) {}

    int aged(Draft d, Mentions ms, int i) {
        Integer from = numberAt(ms, i + 1);
        if (from == null || from > 120) {
            return i + 1;
        }
        Integer to = null;
        int length = 2;
        if (ms.size() > i + 2 && (ms.get(i + 2).isWord(Grammar.UNTIL) || ms.get(i + 2).isWord(Grammar.AND))) {
            to = numberAt(ms, i + 3);
            length = to == null ? 2 : 4;
        } else {
            to = numberAt(ms, i + 2);
            length = to == null ? 2 : 3;
        }
        if (to != null && to <= from) {
            to = null;
            length = 2;
        }
        age(d, new Condition.Ages(from, to == null ? from + 1 : to + 1), i);
        return i + length;
    }

    void age(Draft d, Condition.Ages ages, int at) {
        d.conditions.add(new Draft.Placed(ages, labels.condition(ages), at));
    }

    /** Words of {@link Grammar#UNTIL} that, with no start before them, span the period they name. */
    private static final java.util.Set<String> SPANNING = java.util.Set.of("through", "thru");

    /** "since June", "from March to June 2020", "between 2019 and 2020", "in May", "until 2020". */
    int range(Draft d, Mentions ms, int i, Grammar role) {
        if (role == Grammar.BETWEEN) {
            Integer a = numberAt(ms, i + 1);
            Integer b = numberAt(ms, i + 3);
            if (a != null && b != null && !isYear(a) && a < b && b <= 120 && ms.get(i + 2).isWord(Grammar.AND)) {
                age(d, new Condition.Ages(a, b + 1), i);
                return i + 4;
            }
        }
        Span first = span(ms, i + 1);
        if (first == null) {
            return i + 1;
        }
        int after = i + 1 + first.length();
        if (toDate(ms, after)) {
            // "from June 2020 to date", "in 2019 to date": from the span's start to the end of the data.
            d.times.add(new Draft.Dated(time.since(first.window()), "range", i));
            return after + 2;
        }
        if ((role == Grammar.FROM || role == Grammar.BETWEEN) && after < ms.size()
                && (ms.get(after).isWord(Grammar.UNTIL) || ms.get(after).isWord(Grammar.AND))) {
            Span second = span(ms, after + 1);
            TimeWindow w = second == null ? null : join(first, second);
            if (w != null) {
                d.times.add(new Draft.Dated(w, "range", i));
                return after + 1 + second.length();
            }
        }
        if (role == Grammar.IN) {
            // "in 2019 to 2020", "compare sales in June to July": the span may yet start a range or a side.
            d.bareSpanAt = i + 1;
            d.bareSpanEnd = after;
        }
        TimeWindow w = switch (role) {
            case SINCE, FROM -> time.since(first.window());
            // "thru 2019" with no start before it spans 2019; "until 2019" runs from the first day.
            case UNTIL -> SPANNING.contains(ms.get(i).text().toLowerCase(java.util.Locale.ROOT)) ? first.window()
                    : time.until(first.window());
            default -> first.window();
        };
        d.times.add(new Draft.Dated(w, "range", i));
        return after;
    }

    /**
     * A span said without a preposition, at {@code at}, ending before {@code i}, joined to the span after
     * {@code i} into one range ("2019 to 2020", "june to august 2020", "january-september 2019"); returns the
     * index after the second span, or -1 when none follows. The first span's entry, the last read, is replaced.
     */
    int bareRange(Draft d, Mentions ms, int at, int i) {
        Span first = span(ms, at);
        if (first != null && toDate(ms, i - 1)) {
            Draft.Dated said = d.times.remove(d.times.size() - 1);
            d.times.add(new Draft.Dated(time.since(first.window()), "range", said.at()));
            return i + 1;
        }
        Span second = span(ms, i);
        TimeWindow w = first == null || second == null ? null : join(first, second);
        if (w == null) {
            return -1;
        }
        Draft.Dated said = d.times.remove(d.times.size() - 1);
        d.times.add(new Draft.Dated(w, "range", said.at()));
        return i + second.length();
    }

    /** Two spans as one range; a month without its year takes the year of the month that ends it. */
    private TimeWindow join(Span first, Span second) {
        TimeWindow start = first.window();
        if (!first.explicitYear() && first.month() != null && second.explicitYear() && second.month() != null) {
            int year = second.window().from().getYear() - (first.month() > second.month() ? 1 : 0);
            start = time.month(first.month(), year);
        }
        return time.between(start, second.window());
    }

    /** A date, month, season, quarter, year or named window at {@code i}, with an optional year after it. */
    Span span(Mentions ms, int i) {
        if (i >= ms.size()) {
            return null;
        }
        Meaning x = ms.get(i).meaning();
        Integer year = yearAt(ms, i + 1);
        int length = year == null ? 1 : 2;
        if (x instanceof Meaning.Month m) {
            return new Span(time.month(m.month(), year), length, m.month(), year != null);
        }
        if (x instanceof Meaning.Season s) {
            return new Span(time.season(s.name(), s.months(), year), length, null, year != null);
        }
        if (x instanceof Meaning.Word w && w.role().quarter() > 0) {
            return new Span(time.quarter(w.role().quarter(), year), length, null, year != null);
        }
        if (x instanceof Meaning.Date date) {
            return new Span(time.day(date.date()), 1, null, true);
        }
        if (x instanceof Meaning.Number n && isYear(n.value())) {
            return new Span(time.year(n.value()), 1, 1, true);
        }
        if (x instanceof Meaning.TimeName t) {
            return new Span(time.named(t.name()), 1, null, true);
        }
        return null;
    }

    static boolean isMay(Mentions ms, int i) {
        if (!(ms.get(i).meaning() instanceof Meaning.Month m) || m.month() != 5) {
            return false;
        }
        boolean timeBefore = i > 0 && ms.get(i - 1).meaning() instanceof Meaning.Word w
                && (w.role() == Grammar.IN || w.role() == Grammar.SINCE || w.role() == Grammar.FROM
                        || w.role() == Grammar.UNTIL || w.role() == Grammar.BETWEEN || w.role() == Grammar.AND);
        return ms.get(i).text().equalsIgnoreCase("may") && !timeBefore && yearAt(ms, i + 1) == null;
    }

    /** "to date" at {@code i}: up to the data's latest day, not a breakdown by date. */
    static boolean toDate(Mentions ms, int i) {
        return i + 1 < ms.size() && ms.get(i).isWord(Grammar.UNTIL) && ms.get(i).text().equalsIgnoreCase("to")
                && ms.get(i + 1).text().equalsIgnoreCase("date");
    }

    static Integer numberAt(Mentions ms, int i) {
        return i < ms.size() && ms.get(i).meaning() instanceof Meaning.Number n ? n.value() : null;
    }

    static Integer yearAt(Mentions ms, int i) {
        Integer n = numberAt(ms, i);
        return n != null && isYear(n) ? n : null;
    }

    static boolean isYear(int n) {
        return n >= 1990 && n <= 2100;
    }
}
