package com.shopsight.tools.report;

import com.shopsight.tools.basket.Rule;
import com.shopsight.tools.forecast.Facts;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastRow;
import com.shopsight.tools.segments.ProfileRow;
import com.shopsight.tools.segments.SegmentsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Actions from the report's figures. Each rule reads one figure and fires only past a stated
 * threshold, and each recommendation quotes the figure it came from: nothing is suggested
 * that the report does not show.
 */
final class Recommender {
    /** A forecast this far above or below the recent weekly average calls for ordering more or less. */
    static final double FORECAST_CHANGE_PERCENT = 10;
    /** An online share this many points above or below the store's whole calls for channel placement. */
    static final double CHANNEL_POINTS = 0.10;
    static final double REPEAT_RATE = 0.20;
    static final double SEGMENT_INDEX = 1.3;
    static final double CROSS_SELL_LIFT = 1.5;
    static final double PRICE_CHANGE_PERCENT = 10;

    private Recommender() {}

    static List<Recommendation> of(Lifecycle lifecycle, ForecastResult.Forecast forecast, ReportResult.Channels channels,
            ReportResult.Loyalty loyalty, SegmentsResult.BuyerProfile buyers, ReportResult.SellsWith sellsWith, PriceTrend price) {
        List<Recommendation> out = new ArrayList<>();
        if (lifecycle.stage() != null) {
            out.add(new Recommendation(switch (lifecycle.stage()) {
                case INTRODUCTION -> "Watch its first weeks closely and be ready to reorder or to stop early.";
                case GROWTH -> "Secure stock ahead of demand while sales are still rising.";
                case MATURITY -> "Keep replenishment steady: its sales are holding at their level.";
                case DECLINE -> "Plan its exit: reduce orders and use markdowns to clear the remaining stock.";
            }, "lifecycle " + lifecycle.stage().code() + ": " + lifecycle.because(), "lifecycle"));
        }
        if (forecast != null) {
            forecast(forecast).ifPresent(out::add);
        }
        if (channels != null) {
            double gap = channels.onlineShare() - channels.overallOnlineShare();
            if (gap >= CHANNEL_POINTS) {
                out.add(new Recommendation("Give it prominent online placement and keep web stock deep.",
                        pct(channels.onlineShare()) + " of its units sell online against " + pct(channels.overallOnlineShare())
                                + " for the whole store", "channels"));
            } else if (gap <= -CHANNEL_POINTS) {
                out.add(new Recommendation("Keep it visible and in stock in stores, where it sells above the store average.",
                        pct(channels.storeShare()) + " of its units sell in stores against " + pct(1 - channels.overallOnlineShare())
                                + " for the whole store", "channels"));
            }
        }
        if (loyalty != null && loyalty.repeatRate() >= REPEAT_RATE) {
            out.add(new Recommendation("Reach its repeat buyers with reminders or replenishment offers.",
                    pct(loyalty.repeatRate()) + " of its " + String.format(Locale.ROOT, "%,d", loyalty.buyers())
                            + " buyers bought it on more than one day", "loyalty"));
        }
        if (buyers != null && !buyers.highlights().isEmpty() && buyers.highlights().get(0).index() >= SEGMENT_INDEX) {
            ProfileRow top = buyers.highlights().get(0);
            out.add(new Recommendation("Aim its marketing at customers with " + top.dimension() + " " + top.value() + ".",
                    "they are " + pct(top.buyerShare()) + " of its buyers against " + pct(top.customerShare())
                            + " of all customers (index " + String.format(Locale.ROOT, "%.2f", top.index()) + ")", "buyers"));
        }
        if (sellsWith != null && !sellsWith.rules().isEmpty() && sellsWith.rules().get(0).lift() >= CROSS_SELL_LIFT) {
            Rule r = sellsWith.rules().get(0);
            String partner = String.join(" and ", r.consequent().stream().map(sellsWith::display).toList());
            out.add(new Recommendation("Cross-sell it with " + partner + ": place them together and bundle them.",
                    pct(r.confidence()) + " of baskets with it also hold " + partner + ", " + String.format(Locale.ROOT, "%.1f", r.lift())
                            + " times the usual rate", "sells with"));
        }
        if (price != null && price.changePercent() != null && Math.abs(price.changePercent()) >= PRICE_CHANGE_PERCENT) {
            boolean fell = price.changePercent() < 0;
            out.add(new Recommendation(fell
                    ? "Check that the lower prices paid off in units before discounting further."
                    : "Watch demand after the price rises; it may need support to keep selling.",
                    String.format(Locale.ROOT, "its average price %s %.0f %% between the first and last three months of the year",
                            fell ? "fell" : "rose", Math.abs(price.changePercent())), "price trend"));
        }
        return out;
    }

    private static java.util.Optional<Recommendation> forecast(ForecastResult.Forecast f) {
        Facts facts = f.facts();
        if (facts.expectedChangePct() == null || f.forecast().isEmpty()) {
            return java.util.Optional.empty();
        }
        ForecastRow last = f.forecast().get(f.forecast().size() - 1);
        String figure = String.format(Locale.ROOT, "forecast %,.0f units over the next %d weeks (%,.0f a week) against %,.0f a week"
                + " recently, %+.0f %%", facts.forecastTotal(), f.forecast().size(), facts.forecastMean(), facts.recentMean(),
                facts.expectedChangePct());
        if (last.hi80() != null && last.lo80() != null) {
            figure += String.format(Locale.ROOT, "; 80 %% interval in week %d: %,.0f to %,.0f", f.forecast().size(), last.lo80(), last.hi80());
        }
        String action;
        if (facts.expectedChangePct() >= FORECAST_CHANGE_PERCENT) {
            action = String.format(Locale.ROOT, "Order for about %,.0f units over the next %d weeks, more than recent sales.",
                    facts.forecastTotal(), f.forecast().size());
        } else if (facts.expectedChangePct() <= -FORECAST_CHANGE_PERCENT) {
            action = String.format(Locale.ROOT, "Order less: about %,.0f units should cover the next %d weeks.",
                    facts.forecastTotal(), f.forecast().size());
        } else {
            action = String.format(Locale.ROOT, "Plan about %,.0f units for the next %d weeks, in line with recent sales.",
                    facts.forecastTotal(), f.forecast().size());
        }
        return java.util.Optional.of(new Recommendation(action, figure, "forecast"));
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
