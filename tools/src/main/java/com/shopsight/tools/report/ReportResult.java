package com.shopsight.tools.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.tools.basket.Rule;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.segments.SegmentsResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What {@link ReportTool#run} gives back: the {@link ProductReport}, or why there is none. */
public sealed interface ReportResult {
    /** "report" or "failed". */
    String status();

    /** How the subject's units split between online and stores, against the whole store's split. */
    record Channels(double onlineShare, double storeShare, double overallOnlineShare, Double onlineIndex) {}

    /** How many of the subject's buyers came back: bought it on more than one day. */
    record Loyalty(long buyers, long repeatBuyers, double repeatRate, double unitsPerBuyer) {}

    /**
     * What sells with the subject: basket rules with it as the antecedent, over customer-day
     * baskets of the year to the report's day.
     *
     * @param rules the strongest by lift, at most five
     * @param baskets customer-day baskets in the window
     * @param basketsWithSubject those holding the subject
     * @param minCount the fewest baskets a pair must be in to count (2 % of the subject's, at least 10)
     * @param labels article names by id, when items are articles
     * @param note why there are no rules, or null
     */
    record SellsWith(List<Rule> rules, long baskets, long basketsWithSubject, long minCount, java.util.Map<String, String> labels,
            String note) {
        public SellsWith {
            rules = List.copyOf(rules);
            labels = java.util.Map.copyOf(labels);
        }

        /** An item with its name when it is an article: "0108775015 Strap top". */
        public String display(String item) {
            String label = labels.get(item);
            return label == null ? item : item + " " + label;
        }
    }

    /**
     * The product report.
     *
     * @param subject the subject in words ("article 0706016001 Jade HW Skinny Denim TRS (Trousers)")
     * @param asOf the day the report looks from
     * @param forecast the weekly history (zero weeks filled) and the forecast with its intervals, from the forecast tool
     * @param buyers who buys it against all customers, from the segments tool; null if that failed (see notes)
     * @param channels online and in-store shares of its units
     * @param loyalty its repeat purchase rate
     * @param priceTrend its average price by month over the last year
     * @param lifecycle its lifecycle stage, the figures behind it and the rule
     * @param sellsWith what sells with it, from the basket tool
     * @param recommendations actions, each following from a figure above
     * @param chart the history and forecast as a Vega-Lite spec, from the chart tool; null if it could not be drawn
     * @param notes what a reader should know
     * @param sql every query the report ran, in order
     */
    @JsonPropertyOrder({"status", "subject", "asOf", "lifecycle", "recommendations", "forecast", "buyers", "channels", "loyalty",
        "priceTrend", "sellsWith", "chart", "notes", "sql", "elapsedMs"})
    record ProductReport(
            String subject,
            LocalDate asOf,
            ForecastResult.Forecast forecast,
            SegmentsResult.BuyerProfile buyers,
            Channels channels,
            Loyalty loyalty,
            PriceTrend priceTrend,
            Lifecycle lifecycle,
            SellsWith sellsWith,
            List<Recommendation> recommendations,
            ObjectNode chart,
            List<String> notes,
            List<String> sql,
            long elapsedMs) implements ReportResult {
        public ProductReport {
            Objects.requireNonNull(subject, "subject");
            recommendations = List.copyOf(recommendations);
            notes = List.copyOf(notes);
            sql = List.copyOf(sql);
        }

        @Override
        @JsonProperty("status")
        public String status() {
            return "report";
        }
    }

    /**
     * No report: the subject is unknown or never sold, or a query was refused.
     *
     * @param problem what went wrong, with a hint (the closest product types for a misspelt one)
     * @param sql the queries run before it failed
     */
    record Failed(Problem problem, List<String> sql) implements ReportResult {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            sql = List.copyOf(sql);
        }

        @Override
        @JsonProperty("status")
        public String status() {
            return "failed";
        }
    }
}
