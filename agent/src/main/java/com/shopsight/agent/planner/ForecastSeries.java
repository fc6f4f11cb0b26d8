package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.Frequency;
import com.shopsight.tools.forecast.Metric;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * What the forecast tool is given for a query. When the tool's own filters hold every
 * condition and the metric is units or revenue, the scope, so the tool names the series and
 * shapes its partial periods itself. Otherwise (buyers per week, teenagers, two product types,
 * "not menswear") a series query the planner writes from the semantic model, like any series
 * it answers, over complete periods only: a partial last week would read as a collapse.
 */
final class ForecastSeries {
    /** The tool's input, the metric actually forecast, and what the user should know about either. */
    record Chosen(ForecastParams params, String metric, List<String> notes) {
        Chosen {
            notes = List.copyOf(notes);
        }
    }

    private final SemanticModel model;
    private final Labels labels;
    private final ToolScope.Reader scopes;
    private final Translator translator;
    private final DataCalendar calendar;

    ForecastSeries(SemanticModel model, ToolScope.Reader scopes, Translator translator, DataCalendar calendar) {
        this.model = model;
        this.labels = new Labels(model);
        this.scopes = scopes;
        this.translator = translator;
        this.calendar = calendar;
    }

    Chosen choose(SemanticQuery q, ForecastHorizon h) {
        String metric = q.metric();
        List<String> notes = new ArrayList<>();
        if (!model.metric(metric).orElseThrow().overFacts()) {
            // Customers and articles are counted as they are now; they have no history to forecast.
            notes.add("A count of " + labels.metric(metric) + " has no history over time, so the forecast is of units"
                    + " sold instead.");
            metric = "units";
        }
        ToolScope scope = scopes.read(q.conditions(), q.time());
        Metric toolMetric = metric.equals("units") ? Metric.UNITS : metric.equals("revenue") ? Metric.REVENUE : null;
        ForecastParams p;
        if (scope.complete() && toolMetric != null) {
            p = ForecastParams.of(scope.scope(), toolMetric).withFrequency(h.frequency());
        } else {
            TimeWindow complete = complete(q.time(), h.frequency());
            SemanticQuery series = SemanticQuery.of(metric).withDimensions(List.of(dimension(h.frequency())))
                    .withConditions(q.conditions()).withTime(complete).withIntent(Intent.SERIES);
            p = ForecastParams.ofSql(translator.translate(series).sql()).withFrequency(h.frequency());
            String why = toolMetric == null ? "The forecast tool counts units or revenue itself, not " + labels.metric(metric)
                    : "The forecast tool's own filters cannot say " + String.join(" or ",
                            scope.leftOut().stream().map(labels::condition).toList());
            notes.add(why + ", so it was given the series as a query, of complete " + h.frequency().unit() + "s only ("
                    + complete.from() + " to " + complete.lastDay() + ").");
        }
        return new Chosen(p.withHorizon(h.periods()), metric, notes);
    }

    /** The complete periods of a window: the data's first or last period, when partial, is left out. */
    TimeWindow complete(TimeWindow w, Frequency f) {
        LocalDate first = w.from() == null || w.from().isBefore(calendar.first()) ? calendar.first() : w.from();
        LocalDate last = w.until() == null || w.until().isAfter(calendar.today()) ? calendar.today() : w.lastDay();
        LocalDate from = start(first, f).equals(first) ? first : next(start(first, f), f);
        LocalDate until = next(start(last, f), f).equals(last.plusDays(1)) ? last.plusDays(1) : start(last, f);
        return until.isAfter(from) ? new TimeWindow(from, until, w.label()) : w;
    }

    private static String dimension(Frequency f) {
        return switch (f) {
            case DAY -> "day";
            case WEEK -> "week";
            default -> "month";
        };
    }

    private static LocalDate start(LocalDate d, Frequency f) {
        return switch (f) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> d.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate start, Frequency f) {
        return switch (f) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            default -> start.plusMonths(1);
        };
    }
}
