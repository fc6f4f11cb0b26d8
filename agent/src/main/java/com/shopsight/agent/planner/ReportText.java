package com.shopsight.agent.planner;

import com.shopsight.agent.answer.Table;
import com.shopsight.tools.basket.Rule;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastTotal;
import com.shopsight.tools.report.Recommendation;
import com.shopsight.tools.report.ReportResult;
import com.shopsight.tools.segments.ProfileRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a product report, section by section, and its figures as one table (section,
 * figure, value); every figure read from the report tool's result, every recommendation the
 * tool's own with the figure it follows from.
 */
final class ReportText {
    private ReportText() {}

    static String of(ReportResult.ProductReport r) {
        StringBuilder sb = new StringBuilder("**Product report: ").append(r.subject()).append(", as of ").append(r.asOf())
                .append("**\n\n");
        if (r.lifecycle().stage() != null) {
            sb.append("- **Lifecycle: ").append(r.lifecycle().stage().code()).append("**: ").append(r.lifecycle().because())
                    .append('\n');
        }
        ForecastResult.Forecast f = r.forecast();
        if (f != null) {
            ForecastTotal t = f.total();
            sb.append("- **Forecast**: ").append(whole(t.point())).append(" units in the next ").append(t.periods())
                    .append(" weeks").append(t.lo80() == null ? "" : " (80 % interval " + whole(t.lo80()) + " to "
                    + whole(t.hi80()) + ")").append(", trend ").append(f.facts().trendDirection()).append(", by ")
                    .append(ForecastText.name(f.method())).append('\n');
        }
        if (r.buyers() != null) {
            sb.append("- **Buyers**: ").append(String.format(Locale.ROOT, "%,d", r.buyers().buyers()));
            if (!r.buyers().highlights().isEmpty()) {
                ProfileRow h = r.buyers().highlights().get(0);
                sb.append(", most over-represented ").append(h.dimension()).append(' ').append(h.value()).append(" (")
                        .append(Numbers.percent(h.buyerShare())).append(" of buyers against ")
                        .append(Numbers.percent(h.customerShare())).append(" of customers)");
            }
            sb.append('\n');
        }
        if (r.channels() != null) {
            sb.append("- **Channels**: ").append(Numbers.percent(r.channels().onlineShare())).append(" online against ")
                    .append(Numbers.percent(r.channels().overallOnlineShare())).append(" for the whole store\n");
        }
        if (r.loyalty() != null) {
            sb.append("- **Repeat buyers**: ").append(Numbers.percent(r.loyalty().repeatRate()))
                    .append(" bought it on more than one day\n");
        }
        if (r.priceTrend() != null && r.priceTrend().changePercent() != null) {
            sb.append("- **Price**: average selling price ").append(String.format(Locale.ROOT, "%+.1f%%",
                    r.priceTrend().changePercent())).append(" over the last year (last three months against the first three)\n");
        }
        if (r.sellsWith() != null) {
            sb.append("- **Sells with**: ");
            if (r.sellsWith().rules().isEmpty()) {
                sb.append(r.sellsWith().note() == null ? "nothing stands out" : r.sellsWith().note());
            } else {
                Rule top = r.sellsWith().rules().get(0);
                sb.append(String.join(" and ", top.consequent().stream().map(r.sellsWith()::display).toList())).append(" (")
                        .append(Numbers.percent(top.confidence())).append(" of its baskets, lift ")
                        .append(String.format(Locale.ROOT, "%.1f", top.lift())).append(')');
            }
            sb.append('\n');
        }
        if (!r.recommendations().isEmpty()) {
            sb.append("\n**Recommendations**\n\n");
            int i = 1;
            for (Recommendation x : r.recommendations()) {
                sb.append(i++).append(". ").append(x.action()).append(" (").append(x.because()).append(")\n");
            }
        }
        return sb.toString().strip();
    }

    /** The report's figures, one per row: its section, what the figure is, and its value. */
    static Table table(ReportResult.ProductReport r) {
        List<List<Object>> rows = new ArrayList<>();
        if (r.lifecycle().stage() != null) {
            rows.add(row("lifecycle", "stage", null, r.lifecycle().stage().code()));
        }
        if (r.forecast() != null) {
            ForecastTotal t = r.forecast().total();
            rows.add(row("forecast", "units in the next " + t.periods() + " weeks", t.point(), r.forecast().method().code()));
            rows.add(row("forecast", "lower 80 %", t.lo80(), null));
            rows.add(row("forecast", "upper 80 %", t.hi80(), null));
            rows.add(row("forecast", "change against the last weeks, %", r.forecast().facts().expectedChangePct(),
                    r.forecast().facts().trendDirection()));
        }
        if (r.buyers() != null) {
            rows.add(row("buyers", "buyers", r.buyers().buyers(), null));
            for (ProfileRow h : r.buyers().highlights()) {
                rows.add(row("buyers", "index of " + h.dimension() + " " + h.value(), h.index(), null));
            }
        }
        if (r.channels() != null) {
            rows.add(row("channels", "online share", r.channels().onlineShare(), null));
            rows.add(row("channels", "store-wide online share", r.channels().overallOnlineShare(), null));
        }
        if (r.loyalty() != null) {
            rows.add(row("loyalty", "repeat rate", r.loyalty().repeatRate(), null));
            rows.add(row("loyalty", "units per buyer", r.loyalty().unitsPerBuyer(), null));
        }
        if (r.priceTrend() != null && r.priceTrend().changePercent() != null) {
            rows.add(row("price", "change in average price, %", r.priceTrend().changePercent(), null));
        }
        if (r.sellsWith() != null) {
            for (Rule rule : r.sellsWith().rules()) {
                rows.add(row("sells with", "lift", rule.lift(), String.join(" and ", rule.consequent().stream()
                        .map(r.sellsWith()::display).toList())));
            }
        }
        return ToolTables.of(List.of("section VARCHAR", "figure VARCHAR", "value DOUBLE", "detail VARCHAR"), rows);
    }

    private static List<Object> row(String section, String figure, Number value, String detail) {
        return Arrays.asList(section, figure, value == null ? null : value.doubleValue(), detail);
    }

    private static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
