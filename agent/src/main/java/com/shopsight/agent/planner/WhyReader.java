package com.shopsight.agent.planner;

import com.shopsight.agent.answer.Table;
import com.shopsight.agent.semantic.SemanticModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers "why?" by drilling into the previous result: the leading row of a ranking or
 * breakdown is broken down by its dimension's drill dimension (a product type by product, a
 * product by age band); the peak of a series by product type; a comparison by product type
 * (or by age band when it compared values of one dimension).
 */
final class WhyReader {
    private static final int TOP = 10;

    private final SemanticModel model;
    private final Labels labels;
    private final TimeReader time;

    WhyReader(SemanticModel model, Labels labels, TimeReader time) {
        this.model = model;
        this.labels = labels;
        this.time = time;
    }

    PlanOutcome why(Context context) {
        SemanticQuery q = context.previous();
        Table table = context.table();
        if (q == null || table == null || table.rows().isEmpty() || q.intent() == Intent.TOOL) {
            return PlanOutcome.notUnderstood("\"Why?\" drills into the last table of sales; ask a question about sales"
                    + " first, then ask why.");
        }
        List<String> metrics = supporting(q.metric());
        SemanticQuery base = q.withNotes(List.of()).withMetrics(metrics).withChart(false).withTool(null);
        return switch (q.intent()) {
            case RANKING, BREAKDOWN -> leader(base, q, table);
            case SERIES -> peak(base, q, table);
            case COMPARISON -> {
                boolean valueSides = q.comparison().stream().allMatch(s -> s.condition() instanceof Condition.Values);
                String by = valueSides ? "age_band" : "product_type";
                yield planned(base.withMetrics(List.of(q.metric())).withDimensions(List.of(by))
                        .withComparison(q.comparison(), true).withRanking(TOP, false)
                        .withDrill(new Drill(sidesLabel(q), by)));
            }
            case SHARE -> planned(base.withMetrics(List.of(q.metric())).withDimensions(List.of("product_type"))
                    .withRanking(TOP, false).withDrill(new Drill(labels.condition(q.sharePart()), "product_type")));
            default -> {
                String by = "customers".equals(q.metric()) ? "age_band" : "product_type";
                yield planned(base.withMetrics(List.of(q.metric())).withDimensions(List.of(by)).withShare(true, null)
                        .withRanking(TOP, false).withDrill(new Drill(labels.metric(q.metric()), by)));
            }
        };
    }

    private PlanOutcome leader(SemanticQuery base, SemanticQuery q, Table table) {
        String dimension = q.dimensions().get(0);
        int col = table.indexOf(Labels.column(labels.dimension(dimension)));
        Object value = col < 0 ? null : table.rows().get(0).get(col);
        if (value == null) {
            return PlanOutcome.notUnderstood("The first row of the last table has no " + labels.dimension(dimension)
                    + " to drill into.");
        }
        String by = model.dimension(dimension).map(SemanticModel.Dimension::drill).orElse("product_type");
        List<Condition> conditions = new ArrayList<>(q.conditions());
        conditions.removeIf(c -> c.group().equals("dimension:" + dimension));
        conditions.add(new Condition.Values(dimension, List.of(String.valueOf(value)), false));
        return planned(base.withConditions(conditions).withDimensions(List.of(by)).withShare(true, null)
                .withRanking(TOP, false).withDrill(new Drill(String.valueOf(value), by)));
    }

    private PlanOutcome peak(SemanticQuery base, SemanticQuery q, Table table) {
        String dimension = q.dimensions().stream().filter(TimeDimensions::isTime).findFirst().orElseThrow();
        int periodCol = table.indexOf(Labels.column(labels.dimension(dimension)));
        int metricCol = table.indexOf(Labels.column(labels.metric(q.metric())));
        List<Object> best = null;
        for (List<Object> row : table.rows()) {
            if (row.get(metricCol) instanceof Number n
                    && (best == null || n.doubleValue() > ((Number) best.get(metricCol)).doubleValue())) {
                best = row;
            }
        }
        if (best == null || periodCol < 0) {
            return PlanOutcome.notUnderstood("The last table has no figures to drill into.");
        }
        TimeWindow period = period(dimension, String.valueOf(best.get(periodCol)), q.time());
        List<String> others = q.dimensions().stream().filter(d -> !TimeDimensions.isTime(d)).toList();
        String by = others.isEmpty() ? "product_type" : others.get(0);
        return planned(base.withTime(period).withDimensions(List.of(by)).withShare(true, null).withRanking(TOP, false)
                .withComparison(List.of(), false).withDrill(new Drill("the peak, " + period.label(), by)));
    }

    /** The period a series row stands for, inside the dates the series covered. */
    private TimeWindow period(String dimension, String value, TimeWindow within) {
        if (dimension.equals("year")) {
            return clip(time.year(Integer.parseInt(value)), within);
        }
        LocalDate start = LocalDate.parse(value.substring(0, 10));
        TimeWindow w = switch (dimension) {
            case "week" -> new TimeWindow(start, start.plusWeeks(1), "the week of " + start);
            case "month" -> new TimeWindow(start, start.plusMonths(1), TimeReader.monthName(start.getMonthValue())
                    + " " + start.getYear());
            default -> time.day(start);
        };
        return clip(w, within);
    }

    private static TimeWindow clip(TimeWindow w, TimeWindow within) {
        LocalDate from = within.from() != null && within.from().isAfter(w.from()) ? within.from() : w.from();
        LocalDate until = within.until() != null && within.until().isBefore(w.until()) ? within.until() : w.until();
        return new TimeWindow(from, until, w.label());
    }

    private static String sidesLabel(SemanticQuery q) {
        return String.join(" vs ", q.comparison().stream().map(Side::label).toList());
    }

    /** The metrics that explain a figure: revenue is units times average price. */
    private static List<String> supporting(String metric) {
        return switch (metric) {
            case "revenue" -> List.of("revenue", "units", "average_price");
            case "units" -> List.of("units", "buyers");
            case "buyers" -> List.of("buyers", "units");
            case "average_price" -> List.of("average_price", "units");
            default -> List.of(metric);
        };
    }

    private static PlanOutcome planned(SemanticQuery q) {
        return new PlanOutcome.Planned(q.reshaped());
    }
}
