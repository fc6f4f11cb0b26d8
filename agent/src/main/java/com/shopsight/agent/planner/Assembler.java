package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link Draft} into a {@link SemanticQuery}, with the parts it mentions recorded so a
 * follow-up can replace just those in the previous query.
 */
final class Assembler {
    /** The parts of a query a question can mention. */
    enum Aspect { METRIC, DIMENSIONS, CONDITIONS, TIME, RANKING, SHARE, GROWTH, COMPARISON, CHART, TOOL }

    /** A query and the aspects its question mentioned. */
    record Assembled(SemanticQuery query, Set<Aspect> aspects) {}

    private static final String DEFAULT_METRIC = "units";
    private static final int DEFAULT_TOP = 10;

    private final SemanticModel model;
    private final Sides sides;
    private final TimeReader time;

    Assembler(SemanticModel model, Sides sides, TimeReader time) {
        this.model = model;
        this.sides = sides;
        this.time = time;
    }

    /** Why no query can be made of {@code d}, if so. */
    Optional<String> problem(Draft d) {
        Sides.Paired paired = sides.pair(d);
        if (paired.problem() != null) {
            return Optional.of(paired.problem());
        }
        if (d.cut != null && !model.metric(d.cut.metric()).orElseThrow().overFacts()) {
            return Optional.of("I keep groups by the size of a sales figure (units, revenue, buyers), not by \""
                    + d.cutSaid + "\".");
        }
        if (d.cut != null && (d.dimensions.isEmpty() || d.dimensions.stream().anyMatch(TimeDimensions::isTime) || d.trend
                || d.tool != null || d.share || !paired.sides().isEmpty())) {
            return Optional.of("I keep groups by the size of a figure (\"" + d.cutSaid + "\") only in a list of groups: "
                    + "say what to list, for example \"product types with " + d.cutSaid + "\".");
        }
        if (paired.times().size() > 1) {
            return Optional.of("I read two time windows (" + paired.times().get(0).window().label()
                    + " and " + paired.times().get(1).window().label() + "); ask for one, or compare them with \"vs\".");
        }
        return Optional.empty();
    }

    /** The query of a draft that has no {@link #problem}. */
    Assembled assemble(Draft d, Mentions ms) {
        Sides.Paired paired = sides.pair(d);
        if (d.tool == null && d.horizon != null) {
            // "how much will we sell in the next 4 weeks" asks for a forecast without saying so.
            d.tool = "forecast";
        }
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        List<String> metrics = metrics(d, aspects);
        List<String> dimensions = new ArrayList<>(d.dimensions);
        if (d.trend && dimensions.stream().noneMatch(TimeDimensions::isTime)) {
            dimensions.add(0, trendPeriod(paired.times().isEmpty() ? TimeWindow.ALL : paired.times().get(0).window()));
        }
        if (!dimensions.isEmpty()) {
            aspects.add(Aspect.DIMENSIONS);
        }
        List<Condition> conditions = merge(paired.conditions());
        if (!conditions.isEmpty()) {
            aspects.add(Aspect.CONDITIONS);
        }
        TimeWindow time = paired.times().isEmpty() ? TimeWindow.ALL : paired.times().get(0).window();
        if (!paired.times().isEmpty()) {
            aspects.add(Aspect.TIME);
        }
        SemanticQuery q = SemanticQuery.of(metrics.get(0)).withMetrics(metrics).withDimensions(dimensions)
                .withConditions(conditions).withTime(time).withChart(d.chart).withCut(d.cut);
        if (d.chart) {
            aspects.add(Aspect.CHART);
        }
        if (d.ranking() || d.limit != null) {
            aspects.add(Aspect.RANKING);
            q = q.withRanking(d.limit != null ? d.limit : DEFAULT_TOP, d.bottom && !d.top || d.ordered && d.lowestFirst);
        } else if (d.ordered) {
            // "highest first" orders every row by the figure; it does not cut to a top 10.
            aspects.add(Aspect.RANKING);
            q = q.withRanking(null, d.lowestFirst);
        }
        if (!paired.sides().isEmpty()) {
            aspects.add(Aspect.COMPARISON);
            q = q.withComparison(paired.sides(), d.growth);
        } else if (d.growth && d.yearOverYear) {
            // "vs last year": the window (this year by default) against the same dates a year earlier.
            aspects.add(Aspect.COMPARISON);
            TimeWindow current = time.isAll() ? this.time.named("this_year") : time;
            TimeWindow earlier = this.time.yearEarlier(current).labelled("a year earlier");
            q = q.withTime(TimeWindow.ALL).withComparison(List.of(new Side(current.label(), null, current),
                    new Side(earlier.label(), null, earlier)), true);
        } else if (d.growth) {
            aspects.add(Aspect.GROWTH);
            q = q.withComparison(List.of(), true);
        }
        if (d.share) {
            aspects.add(Aspect.SHARE);
            q = share(q, paired.conditions(), d.shareAt, d.within);
        }
        if (d.tool != null && !analysis(d)) {
            aspects.add(Aspect.TOOL);
            q = q.withTool(new ToolRequest(d.tool, subject(d, ms), d.horizon, d.horizonUnit,
                    ToolAnalysis.of(d.tool, d.toolWords, namesProducts(paired.conditions()))));
            if (d.tool.equals("search")) {
                // The search tool reads the words itself; they are not conditions on sales.
                q = q.withConditions(List.of()).withDimensions(List.of()).withTime(TimeWindow.ALL);
            }
        }
        return new Assembled(q, aspects);
    }

    private List<String> metrics(Draft d, Set<Aspect> aspects) {
        List<String> metrics = new ArrayList<>(d.metrics);
        if (metrics.size() > 1 && d.unitsOnlyAsVerb) {
            // "revenue of navy items sold in store": the verb says which items, not a second figure.
            metrics.remove("units");
        }
        if (d.orderMetric != null) {
            metrics.remove(d.orderMetric);
            metrics.add(0, d.orderMetric);
        }
        boolean people = d.weakMetrics.contains("customers") || d.weakMetrics.contains("buyers") || metrics.contains("customers")
                || metrics.contains("buyers") || countsAGroupOfCustomers(d);
        if (d.howMany && people && (metrics.contains("units") || metrics.contains("buyers"))) {
            // "how many customers bought trousers", "how many shoppers bought": buyers, not units.
            metrics = new ArrayList<>(List.of("buyers"));
        } else if (d.howMany && metrics.contains("products_sold")) {
            // "how many different products did we sell": a count of products, not of units.
            metrics = new ArrayList<>(List.of("products_sold"));
        } else if (metrics.isEmpty() && !d.weakMetrics.isEmpty() && (d.howMany || !d.ranking())) {
            metrics.addAll(d.weakMetrics);
        }
        if (!metrics.isEmpty()) {
            aspects.add(Aspect.METRIC);
        } else if (countsCustomers(d)) {
            // "how many club members", "club members by age band": a count of customers.
            metrics.add("customers");
            aspects.add(Aspect.METRIC);
        } else {
            metrics.add(DEFAULT_METRIC);
        }
        return metrics;
    }

    /**
     * Whether "how many" counts a group of customers: "how many teenagers bought ...", "how many
     * club members bought ..." count people (buyers), not the items they bought.
     */
    private boolean countsAGroupOfCustomers(Draft d) {
        return d.howManyAt >= 0 && d.conditions.stream()
                .anyMatch(p -> p.at() == d.howManyAt + 1 && customerOnly(p.condition()));
    }

    /** Whether a question without a metric is about a group of customers rather than sales. */
    private boolean countsCustomers(Draft d) {
        if (d.conditions.isEmpty() || d.tool != null && !analysis(d) || !d.times.isEmpty() || d.ranking()
                || !d.conditions.stream().allMatch(c -> customerOnly(c.condition()))) {
            return false;
        }
        boolean customerDimensions = !d.dimensions.isEmpty() && d.dimensions.stream()
                .allMatch(x -> "customers".equals(model.dimension(x).orElseThrow().entity()));
        return d.howMany || customerDimensions || d.share && d.dimensions.isEmpty();
    }

    private boolean customerOnly(Condition c) {
        if (c instanceof Condition.Ages) {
            return true;
        }
        if (c instanceof Condition.Named n) {
            return "customers".equals(model.filter(n.name()).orElseThrow().entity());
        }
        Condition.Values v = (Condition.Values) c;
        return "customers".equals(model.dimension(v.dimension()).orElseThrow().entity());
    }

    /**
     * Whether a question worded like a search, a report or "who buys" really asks for figures
     * ("how many club members do we have", "who bought trousers by age band").
     */
    static boolean analysis(Draft d) {
        boolean figures = !d.metrics.isEmpty() || d.howMany || d.ranking() || d.share || d.growth || d.limit != null;
        return switch (d.tool) {
            // Search words are free text ("find summer styles"): only figures make it an analysis.
            case "search", "report" -> figures;
            case "segments" -> figures || !d.dimensions.isEmpty();
            default -> false;
        };
    }

    /** Whether a condition names products (a type, a colour, an index), whose buyers can be profiled. */
    private boolean namesProducts(List<Draft.Placed> placed) {
        return placed.stream().map(Draft.Placed::condition).anyMatch(c -> c instanceof Condition.Values v && !v.negated()
                && "articles".equals(model.dimension(v.dimension()).orElseThrow().entity()));
    }

    /** A trend is weekly over half a year or less, monthly over more. */
    private String trendPeriod(TimeWindow w) {
        if (w.from() == null) {
            return "month";
        }
        LocalDate end = time.today().plusDays(1);
        if (w.until() != null && w.until().isBefore(end)) {
            end = w.until();
        }
        return w.from().plusWeeks(26).isBefore(end) ? "month" : "week";
    }

    /** Values of one dimension said together become one condition: "dresses and skirts". */
    private static List<Condition> merge(List<Draft.Placed> placed) {
        Map<String, Condition> byKey = new LinkedHashMap<>();
        for (Draft.Placed p : placed) {
            Condition c = p.condition();
            if (c instanceof Condition.Values v) {
                String key = v.dimension() + (v.negated() ? ":not" : "");
                Condition old = byKey.get(key);
                if (old instanceof Condition.Values o) {
                    List<String> values = new ArrayList<>(o.values());
                    v.values().stream().filter(x -> !values.contains(x)).forEach(values::add);
                    byKey.put(key, new Condition.Values(v.dimension(), values, v.negated()));
                    continue;
                }
                byKey.put(key, c);
            } else {
                byKey.put(c.group() + ":" + byKey.size(), c);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * The part of a share: the condition said just before the share word ("online share of
     * revenue by month"); else, unless the question groups by something other than time
     * ("share of revenue by index group" shows each group's share), the last condition said
     * ("what share of sales is online"); but in "share of dresses in ladieswear sales" the part
     * is what stands before "in" and the whole what follows it. The other conditions make the whole.
     */
    private static SemanticQuery share(SemanticQuery q, List<Draft.Placed> placed, int shareAt, List<Integer> within) {
        if (placed.isEmpty() || !q.comparison().isEmpty()) {
            return q.withShare(true, null);
        }
        Draft.Placed chosen = placed.stream().filter(p -> p.at() == shareAt - 1).findFirst().orElse(null);
        if (chosen == null) {
            chosen = placed.stream().filter(p -> p.at() > shareAt && within.contains(p.at() + 1)
                    && placed.stream().anyMatch(w -> w.at() == p.at() + 2)).findFirst().orElse(null);
        }
        if (chosen == null && q.dimensions().stream().allMatch(TimeDimensions::isTime)) {
            chosen = placed.get(placed.size() - 1);
        }
        if (chosen == null) {
            return q.withShare(true, null);
        }
        Condition said = chosen.condition();
        // Merged with another value of its dimension, the part is the merged condition.
        Condition part = q.conditions().contains(said) ? said
                : q.conditions().stream().filter(c -> c.group().equals(said.group())).findFirst().orElse(said);
        List<Condition> whole = new ArrayList<>(q.conditions());
        whole.remove(part);
        return q.withConditions(whole).withShare(true, part);
    }

    /** The free text after a search or report phrase ("find black summer dresses" -> "black summer dresses"). */
    private static String subject(Draft d, Mentions ms) {
        if (!(d.tool.equals("search") || d.tool.equals("report")) || d.toolEnd < 0) {
            return null;
        }
        String rest = ms.question().substring(d.toolEnd).strip();
        rest = rest.replaceAll("(?i)^(for|on|about|of|me|us|the|any|some|all|products?|items?)\\b[\\s:,-]*", "");
        rest = rest.replaceAll("(?i)^(for|on|about|of|me|us|the|any|some|all|products?|items?)\\b[\\s:,-]*", "");
        rest = rest.replaceAll("[?.!\\s]+$", "").strip();
        return rest.isEmpty() ? null : rest;
    }
}
