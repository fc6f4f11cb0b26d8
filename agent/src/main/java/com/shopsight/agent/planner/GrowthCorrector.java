package com.shopsight.agent.planner;

import java.util.List;

/**
 * Makes "growth" a comparison of two periods when no sides were named: a trailing window
 * against the window of the same length before it, a calendar period (or all time) as the
 * year to date against the same dates a year earlier. A series keeps its periods and shows
 * the change from each to the next instead.
 */
final class GrowthCorrector implements Corrector {
    private final TimeReader time;

    GrowthCorrector(TimeReader time) {
        this.time = time;
    }

    @Override
    public SemanticQuery correct(SemanticQuery q) {
        if (!q.growth() || !q.comparison().isEmpty() || q.intent() == Intent.SERIES || q.intent() == Intent.TOOL) {
            return q;
        }
        TimeWindow current = q.time().isAll() ? time.named("this_year") : q.time();
        TimeWindow previous = current.label().startsWith("last ") ? time.before(current).labelled("previous period")
                : time.yearEarlier(current).labelled("a year earlier");
        List<Side> sides = List.of(new Side(current.label(), null, current), new Side(previous.label(), null, previous));
        return q.withTime(TimeWindow.ALL).withComparison(sides, true).reshaped();
    }
}
