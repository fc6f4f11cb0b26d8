package com.shopsight.agent.planner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the parser has read so far from one question: each part with where it was said, so
 * comparisons can pair what stands either side of "vs". Lives only inside one parse.
 */
final class Draft {
    /** A condition and where it was said. */
    record Placed(Condition condition, String label, int at) {}

    /** A time window and where it was said. */
    record Dated(TimeWindow window, String name, int at) {}

    final Set<String> metrics = new LinkedHashSet<>();
    /**
     * Whether units were named only by a verb describing the items ("navy items sold in store",
     * "dresses bought by seniors"), not asked for as a figure ("units sold", "sales").
     */
    boolean unitsOnlyAsVerb;
    private boolean unitsAsFigure;

    /** Notes a units word, said as a verb about the items or not. */
    void units(boolean verb) {
        unitsAsFigure |= !verb;
        unitsOnlyAsVerb = !unitsAsFigure;
    }
    /** Counts of customers or articles, used only when nothing else is measured. */
    final Set<String> weakMetrics = new LinkedHashSet<>();
    final Set<String> dimensions = new LinkedHashSet<>();
    final List<Placed> conditions = new ArrayList<>();
    final List<Dated> times = new ArrayList<>();
    final List<Integer> vs = new ArrayList<>();
    final List<Integer> or = new ArrayList<>();
    final List<Integer> compare = new ArrayList<>();
    /** Where "in" or "among" was said before something other than a time ("dresses in ladieswear"). */
    final List<Integer> within = new ArrayList<>();
    final List<Mention> unknown = new ArrayList<>();
    /**
     * Where the last time span said without a preposition ("2019", "june") starts and ends, or
     * -1: a "to" right after it ends a range ("2019 to 2020") or, after "compare", a side.
     */
    int bareSpanAt = -1;
    int bareSpanEnd = -1;

    boolean top;
    boolean bottom;
    /** Whether an order was asked for the rows without a cut ("highest first"). */
    boolean ordered;
    /** Whether that order is lowest first. */
    boolean lowestFirst;
    /** Where "how many" was said, or -1: what follows is what is counted. */
    int howManyAt = -1;
    boolean ranks;
    Integer limit;
    String orderMetric;
    boolean share;
    /** Where the share word was said, to find the part it is about ("online share"). */
    int shareAt = -1;
    boolean growth;
    boolean chart;
    boolean howMany;
    boolean why;
    boolean trend;
    boolean followUp;
    boolean instead;
    String tool;
    int toolEnd = -1;
    /** The words that named the tool ("who buys", "rfm"), lower case, as said. */
    final List<String> toolWords = new ArrayList<>();
    Integer horizon;
    String horizonUnit;
    boolean greeting;
    /** The groups kept by the size of a figure ("with over 500 buyers"), or null. */
    Cut cut;
    /** The words of that cut as said, for messages. */
    String cutSaid;
    /** Why the question cannot be answered as written ("top 0"), or null. */
    String problem;
    /** A ratio asked for ("per customer"), which the planner cannot compute. */
    String ratio;
    /** Whether growth was asked against last year ("vs last year", "year over year"). */
    boolean yearOverYear;

    /** Whether anything a query could be made of was read. */
    boolean meaningful() {
        return !metrics.isEmpty() || !weakMetrics.isEmpty() || !dimensions.isEmpty() || !conditions.isEmpty()
                || !times.isEmpty() || tool != null || share || growth || chart || howMany || trend || top || bottom
                || ranks || limit != null || why;
    }

    /**
     * Whether the question names what to measure, rather than only adjusting what was asked
     * before: "by colour", "in 2019", "only online" and "top 20" adjust.
     */
    boolean standsAlone() {
        return !metrics.isEmpty() || !weakMetrics.isEmpty() || tool != null || share || growth || howMany || trend;
    }

    boolean ranking() {
        return top || bottom || ranks;
    }
}
