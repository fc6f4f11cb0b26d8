package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.Grammar;
import com.shopsight.agent.lexicon.Meaning;
import com.shopsight.agent.semantic.SemanticModel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a question's mentions left to right into a {@link Draft}, with the little grammar
 * the planner knows: "top 5", "by colour", "last 12 weeks", "since June 2020", "under 30",
 * "aged 25 to 34", "not menswear", "vs".
 */
final class DraftReader {
    /** Words that name units only as a verb about the items: "items sold online", "dresses bought by seniors". */
    private static final java.util.Set<String> SALE_VERBS = java.util.Set.of("sold", "bought", "purchased");
    private static final List<String> DECLINE = List.of("decreas", "declin", "fall", "fell", "drop", "shrink");
    private static final Pattern HOW_IS_IT_DOING = Pattern.compile("(?i)\\bhow(['’]s| is| are)\\b.+\\b(doing|performing)\\b");

    private final SemanticModel model;
    private final TimeReader time;
    private final Labels labels;
    private final SpanReader spans;

    DraftReader(SemanticModel model, TimeReader time, Labels labels) {
        this.model = model;
        this.time = time;
        this.labels = labels;
        this.spans = new SpanReader(time, labels);
    }

    Draft read(Mentions ms) {
        Draft d = new Draft();
        boolean negate = false;
        int i = 0;
        while (i < ms.size()) {
            Mention m = ms.get(i);
            Meaning x = m.meaning();
            int next = i + 1;
            if (m.unknown()) {
                d.unknown.add(m);
            } else if (x instanceof Meaning.Word w) {
                if (w.role() == Grammar.NOT) {
                    negate = true;
                    i = next;
                    continue;
                }
                next = word(d, ms, i, w.role());
            } else if (x instanceof Meaning.Number n) {
                next = number(d, ms, i, n.value());
            } else if (x instanceof Meaning.Unit u) {
                d.dimensions.add(TimeDimensions.ofUnit(u.unit()));
            } else if (x instanceof Meaning.TimeName t && t.name().equals("today") && i == 0 && ms.size() > 1
                    && m.text().equalsIgnoreCase("now")) {
                // "now in units", "now by colour": "now" opening a question turns to the next request, not to today.
                d.followUp = true;
            } else if (x instanceof Meaning.Metric metric) {
                metric(d, ms, metric, i);
            } else if (x instanceof Meaning.Derived derived) {
                if (derived.name().equals("share")) {
                    d.share = true;
                    d.shareAt = d.shareAt < 0 ? i : d.shareAt;
                } else {
                    String said = m.text().toLowerCase(Locale.ROOT);
                    d.growth = true;
                    d.yearOverYear |= said.contains("year") || said.equals("yoy");
                    // "falling sales", "declining product types": the biggest falls first.
                    d.bottom |= DECLINE.stream().anyMatch(said::startsWith);
                }
            } else if (x instanceof Meaning.Dimension dim) {
                if (!countedNoun(ms, i, dim.name())) {
                    d.dimensions.add(dim.name());
                }
            } else if (x instanceof Meaning.Filter f) {
                SemanticModel.Filter filter = model.filter(f.name()).orElseThrow();
                Condition c = new Condition.Named(f.name(), filter.group(), negate);
                d.conditions.add(new Draft.Placed(c, labels.condition(c), i));
            } else if (x instanceof Meaning.Value v) {
                Condition c = new Condition.Values(v.dimension(), List.of(v.value()), negate);
                d.conditions.add(new Draft.Placed(c, negate ? labels.condition(c) : v.value(), i));
            } else if (x instanceof Meaning.Tool t) {
                if (t.name().equals("chart")) {
                    d.chart = true;
                    // A pie shows each part's share of the whole.
                    d.share |= m.text().toLowerCase(Locale.ROOT).matches(".*\\b(pie|donut|doughnut)\\b.*");
                } else if (d.tool == null) {
                    d.tool = t.name();
                    d.toolEnd = m.end();
                    d.toolWords.add(m.text().toLowerCase(Locale.ROOT));
                } else if (d.tool.equals(t.name())) {
                    d.toolWords.add(m.text().toLowerCase(Locale.ROOT));
                }
            } else if (SpanReader.isMay(ms, i)) {
                // "may I see ..." is not the month of May.
                i = next;
                continue;
            } else {
                SpanReader.Span span = spans.span(ms, i);
                int joined = span == null ? -1 : dashed(d, ms, i);
                if (joined > 0) {
                    next = joined;
                } else if (span != null) {
                    String name = x instanceof Meaning.TimeName t ? t.name() : span.window().label();
                    d.times.add(new Draft.Dated(span.window(), name, i));
                    next = i + span.length();
                    d.bareSpanAt = i;
                    d.bareSpanEnd = next;
                }
            }
            negate = false;
            i = next;
        }
        if (d.tool == null && d.metrics.isEmpty() && HOW_IS_IT_DOING.matcher(ms.question()).find()
                && d.conditions.stream().anyMatch(p -> p.condition() instanceof Condition.Values v
                        && (v.dimension().equals("product_type") || v.dimension().equals("product")))) {
            // "how are hoodies doing?": the words around the product are filler one by one; the question asks for its report.
            d.tool = "report";
        }
        return d;
    }

    private void metric(Draft d, Mentions ms, Meaning.Metric metric, int i) {
        Mention m = ms.get(i);
        boolean counted = m.text().toLowerCase(Locale.ROOT).contains("how many");
        if (metric.name().equals("buyers") && !counted && startsAge(ms, i + 1)) {
            // "sweaters popular with shoppers aged 55 and over": the shoppers are who is meant, a figure only
            // when nothing else is measured ("how many shoppers aged 55 and over bought sweaters").
            d.weakMetrics.add(metric.name());
        } else if (model.metric(metric.name()).orElseThrow().overFacts() || counted) {
            d.metrics.add(metric.name());
        } else {
            d.weakMetrics.add(metric.name());
        }
        d.ranks |= metric.ranks();
        d.howMany |= counted;
        if (metric.name().equals("units")) {
            d.units(describesItems(d, m, i));
        }
    }

    /**
     * Whether a units word only says which items: "dresses bought by seniors", "navy items sold
     * in store" (the items described just before), rather than asking for units as a figure.
     */
    private static boolean describesItems(Draft d, Mention m, int i) {
        String said = m.text().toLowerCase(Locale.ROOT);
        if (SALE_VERBS.contains(said)) {
            return true;
        }
        boolean described = !d.conditions.isEmpty() && d.conditions.get(d.conditions.size() - 1).at() == i - 1;
        return (said.equals("items sold") || said.equals("pieces sold")) && described;
    }

    /** Whether the mention at {@code k} starts an age: "aged 55", "under 25", "over 55", "in their 20s", "55+". */
    private boolean startsAge(Mentions ms, int k) {
        if (k >= ms.size()) {
            return false;
        }
        Mention m = ms.get(k);
        if (m.meaning() instanceof Meaning.Filter f) {
            return "age".equals(model.filter(f.name()).orElseThrow().group());
        }
        if (m.isWord(Grammar.AGED) || m.meaning() instanceof Meaning.Word w && w.role().decade() > 0) {
            return true;
        }
        Integer n = SpanReader.numberAt(ms, k + 1);
        if ((m.isWord(Grammar.UNDER) || m.isWord(Grammar.OVER) || m.isWord(Grammar.BETWEEN)) && n != null && n <= 120) {
            return !(ms.size() > k + 2 && ms.get(k + 2).is(Meaning.Unit.class)) && !cutOnFigure(ms, k, n);
        }
        Integer own = SpanReader.numberAt(ms, k);
        return own != null && own <= 120 && k + 1 < ms.size()
                && (ms.get(k + 1).isWord(Grammar.PLUS) || ms.get(k + 1).isWord(Grammar.AGED));
    }

    /** Reads a grammar word; returns the index of the next mention to read. */
    private int word(Draft d, Mentions ms, int i, Grammar role) {
        switch (role) {
            case TOP, BOTTOM -> {
                d.top |= role == Grammar.TOP;
                d.bottom |= role == Grammar.BOTTOM;
                Integer n = SpanReader.numberAt(ms, i + 1);
                if (n != null && !SpanReader.isYear(n) && !(ms.size() > i + 2 && ms.get(i + 2).is(Meaning.Unit.class))) {
                    limit(d, n);
                    return i + 2;
                }
            }
            case BY -> {
                if (i + 1 < ms.size()) {
                    Meaning after = ms.get(i + 1).meaning();
                    if (after instanceof Meaning.Unit u) {
                        d.dimensions.add(TimeDimensions.ofUnit(u.unit()));
                        return i + 2;
                    }
                    // "bought by customers" names who bought, not what to order by; but "units per
                    // customer" asks for a ratio the planner does not compute.
                    if (after instanceof Meaning.Metric metric && model.metric(metric.name()).orElseThrow().overFacts()) {
                        d.orderMetric = metric.name();
                    } else if (after instanceof Meaning.Metric && ms.get(i).text().toLowerCase(Locale.ROOT).matches("per|each")) {
                        d.ratio = ms.get(i).text() + " " + ms.get(i + 1).text();
                    }
                }
            }
            case VS -> d.vs.add(i);
            case OR -> d.or.add(i);
            case COMPARE -> d.compare.add(i);
            case AND, ONLY -> d.followUp |= i == 0;
            case FOLLOW_UP, IT -> d.followUp = true;
            case INSTEAD -> d.instead = true;
            case GREETING -> d.greeting = true;
            case WHY -> d.why = true;
            case HOW_MANY -> {
                d.howMany = true;
                d.howManyAt = d.howManyAt < 0 ? i : d.howManyAt;
            }
            case DESCENDING, ASCENDING -> {
                d.ordered = true;
                d.lowestFirst = role == Grammar.ASCENDING;
            }
            case TREND -> d.trend = true;
            case LAST -> {
                return last(d, ms, i);
            }
            case NEXT -> {
                Integer n = SpanReader.numberAt(ms, i + 1);
                int at = n == null ? i + 1 : i + 2;
                if (at < ms.size() && ms.get(at).meaning() instanceof Meaning.Unit u) {
                    d.horizon = n == null ? 1 : n;
                    d.horizonUnit = u.unit();
                    return at + 1;
                }
            }
            case SINCE, FROM, UNTIL, BETWEEN, IN -> {
                if (role == Grammar.UNTIL && d.bareSpanAt >= 0 && d.bareSpanEnd == i) {
                    if (!d.compare.isEmpty() && ms.get(i).text().equalsIgnoreCase("to")) {
                        // "compare June to July": two sides, not a range.
                        d.vs.add(i);
                        return i + 1;
                    }
                    int joined = spans.bareRange(d, ms, d.bareSpanAt, i + 1);
                    if (joined > 0) {
                        d.bareSpanAt = -1;
                        return joined;
                    }
                }
                int next = spans.range(d, ms, i, role);
                if (role == Grammar.IN && next == i + 1) {
                    d.within.add(i);
                }
                return next;
            }
            case UNDER, OVER -> {
                Integer n = SpanReader.numberAt(ms, i + 1);
                boolean unitFollows = ms.size() > i + 2 && ms.get(i + 2).is(Meaning.Unit.class);
                if (n != null && cutOnFigure(ms, i, n)) {
                    // "products that sold more than 100 units" keeps the products above a figure; it is not an age.
                    cut(d, ms, i, n, i + 2);
                    return i + 3;
                }
                if (n != null && figureBeforeCut(ms, i, n)) {
                    cut(d, ms, i, n, i - 1);
                    return i + 2;
                }
                if (n != null && n <= 120 && !unitFollows) {
                    spans.age(d, role == Grammar.UNDER ? new Condition.Ages(null, n) : new Condition.Ages(n, null), i);
                    return i + 2;
                }
            }
            case AGED -> {
                return spans.aged(d, ms, i);
            }
            case TWENTIES, THIRTIES, FORTIES, FIFTIES, SIXTIES -> spans.age(d, new Condition.Ages(role.decade(), role.decade() + 10), i);
            case Q1, Q2, Q3, Q4 -> {
                Integer year = SpanReader.yearAt(ms, i + 1);
                d.times.add(new Draft.Dated(time.quarter(role.quarter(), year), "quarter", i));
                return year == null ? i + 1 : i + 2;
            }
            default -> {
                // PLUS, AGO, QUARTER and the rest only matter next to the words they qualify.
            }
        }
        return i + 1;
    }

    private static void limit(Draft d, int n) {
        if (n < 1) {
            d.problem = "A top " + n + " has nothing to show; ask for the top 5 or the top 10, say.";
        } else {
            d.limit = n;
        }
    }

    private static TimeWindow trailing(Draft d, TimeReader time, int n, String unit) {
        if (n < 1) {
            d.problem = "The last " + n + " " + unit + " hold no days; ask for the last 4 weeks, say.";
            return time.trailing(1, unit);
        }
        return time.trailing(n, unit);
    }

    private int last(Draft d, Mentions ms, int i) {
        Integer n = SpanReader.numberAt(ms, i + 1);
        int at = n == null ? i + 1 : i + 2;
        if (at < ms.size()) {
            Meaning after = ms.get(at).meaning();
            if (after instanceof Meaning.Unit u) {
                d.times.add(new Draft.Dated(trailing(d, time, n == null ? 1 : n, u.unit()), "last", i));
                return at + 1;
            }
            if (after instanceof Meaning.Word w && w.role() == Grammar.QUARTER) {
                int quarters = n == null ? 1 : n;
                d.times.add(new Draft.Dated(time.trailing(3 * quarters, "months")
                        .labelled(quarters == 1 ? "last quarter" : "last " + quarters + " quarters"), "last", i));
                return at + 1;
            }
            if (n == null && after instanceof Meaning.Season s) {
                d.times.add(new Draft.Dated(time.season(s.name(), s.months(), null), s.name(), i));
                return at + 1;
            }
        }
        if (n != null) {
            // "the last 5 products": a count, not a time.
            limit(d, n);
            return i + 2;
        }
        return i + 1;
    }

    /** The cut said at {@code i} on the metric mentioned at {@code at}; the metric is also shown. */
    private static void cut(Draft d, Mentions ms, int i, int n, int at) {
        String said = ((Meaning.Metric) ms.get(at).meaning()).name();
        // "types with over 500 customers" counts the customers who bought them.
        String metric = said.equals("customers") ? "buyers" : said;
        d.cut = new Cut(metric, ms.get(i).isWord(Grammar.OVER), ms.get(i).text().equalsIgnoreCase("at least"), n);
        d.cutSaid = at > i ? ms.get(i).text() + " " + n + " " + ms.get(at).text() : ms.get(at).text() + " " + ms.get(i).text() + " " + n;
        d.metrics.add(metric);
    }

    /** Verbs of a figure, which after "over 40" say what the customers did ("customers over 40 bought"). */
    private static final Set<String> FIGURE_VERBS = Set.of("bought", "sold", "purchased", "buy", "buys", "sell", "sells",
            "spent", "spend", "paid", "pay", "made", "earned", "shopped");

    /** "more than 100 units", "over 500 buyers": a cut on a figure's size at {@code i}, not an age. */
    private static boolean cutOnFigure(Mentions ms, int i, int n) {
        return ms.size() > i + 2 && ms.get(i + 2).meaning() instanceof Meaning.Metric
                && (n > 120 || !FIGURE_VERBS.contains(ms.get(i + 2).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * "revenue above 1000", "buyers over 500": a figure said before the cut. People named before a small number
     * are an age ("customers over 40", "buyers over 60").
     */
    private static boolean figureBeforeCut(Mentions ms, int i, int n) {
        if (i == 0 || !(ms.get(i - 1).meaning() instanceof Meaning.Metric m)
                || ms.size() > i + 2 && (ms.get(i + 2).is(Meaning.Unit.class) || ms.get(i + 2).isWord(Grammar.AGED))) {
            return false;
        }
        boolean people = m.name().equals("customers") || m.name().equals("buyers");
        return n > 120 || !people;
    }

    /**
     * "january-september 2019", "2019-2020": the dash is not a word, so a span that follows a span with only a
     * dash between them ends a range. Returns the index after it, or -1.
     */
    private int dashed(Draft d, Mentions ms, int i) {
        if (d.bareSpanAt < 0 || d.bareSpanEnd != i
                || !ms.question().substring(ms.get(i - 1).end(), ms.get(i).start()).matches("\\s*[-\u2013\u2014]\\s*")) {
            return -1;
        }
        int joined = spans.bareRange(d, ms, d.bareSpanAt, i);
        if (joined > 0) {
            d.bareSpanAt = -1;
        }
        return joined;
    }

    private int number(Draft d, Mentions ms, int i, int n) {
        Mention after = i + 1 < ms.size() ? ms.get(i + 1) : null;
        if (after != null && after.meaning() instanceof Meaning.Unit u) {
            if (ms.size() > i + 2 && ms.get(i + 2).isWord(Grammar.AGED)) {
                spans.age(d, new Condition.Ages(n, n + 1), i);
                return i + 3;
            }
            d.times.add(new Draft.Dated(trailing(d, time, n, u.unit()), "last", i));
            return i + 2;
        }
        if (after != null && after.isWord(Grammar.PLUS) && n <= 120) {
            spans.age(d, new Condition.Ages(n, null), i);
            return i + 2;
        }
        if (after != null && (after.isWord(Grammar.UNTIL) || after.isWord(Grammar.AND)) && n <= 120) {
            Integer to = SpanReader.numberAt(ms, i + 2);
            if (to != null && to > n && to <= 120 && ms.size() > i + 3 && ms.get(i + 3).isWord(Grammar.AGED)) {
                spans.age(d, new Condition.Ages(n, to + 1), i);
                return i + 4;
            }
        }
        if (after != null && after.isWord(Grammar.AGED) && n <= 120) {
            spans.age(d, new Condition.Ages(n, n + 1), i);
            return i + 2;
        }
        if (SpanReader.isYear(n)) {
            int joined = dashed(d, ms, i);
            if (joined > 0) {
                return joined;
            }
            d.times.add(new Draft.Dated(time.year(n), Integer.toString(n), i));
            d.bareSpanAt = i;
            d.bareSpanEnd = i + 1;
            return i + 1;
        }
        if (after != null && (after.isWord(Grammar.TOP) || after.isWord(Grammar.BOTTOM))) {
            limit(d, n);
            return i + 1;
        }
        d.limit = n;
        return i + 1;
    }

    /**
     * "how many items", "kids products", "black articles": the product word names what is
     * counted or described, not something to group by.
     */
    private static boolean countedNoun(Mentions ms, int i, String dimension) {
        if (i == 0) {
            return false;
        }
        Meaning before = ms.get(i - 1).meaning();
        if (before instanceof Meaning.Value v && v.dimension().equals(dimension)) {
            // "the sport index", "the trousers product type": the value's own kind, named after it.
            return true;
        }
        return dimension.equals("product") && (before instanceof Meaning.Word w && w.role() == Grammar.HOW_MANY
                || before instanceof Meaning.Value || before instanceof Meaning.Filter);
    }

}
