package com.shopsight.agent.planner;

import com.shopsight.tools.segments.Cluster;
import com.shopsight.tools.segments.ProfileRow;
import com.shopsight.tools.segments.RfmGroup;
import com.shopsight.tools.segments.SegmentsResult;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The words of a segments answer, every figure read from the tool's result. */
final class SegmentsText {
    private static final int LISTED = 5;

    private SegmentsText() {}

    static String profile(SegmentsResult.BuyerProfile b) {
        StringBuilder sb = new StringBuilder("**Who buys ").append(b.scope()).append(":** ")
                .append(count(b.buyers())).append(" buyers of ").append(count(b.customers())).append(" customers (")
                .append(Numbers.percent(b.customers() == 0 ? null : (double) b.buyers() / b.customers())).append("), ")
                .append(count(b.units())).append(" units.\n\n");
        if (b.highlights().isEmpty()) {
            sb.append("No group of customers is clearly over-represented among them.\n");
        } else {
            sb.append("Over-represented among them (index: share of buyers ÷ share of all customers):\n\n");
            int i = 1;
            for (ProfileRow r : b.highlights()) {
                sb.append(i++).append(". **").append(r.dimension()).append(' ').append(r.value()).append("**: ")
                        .append(Numbers.percent(r.buyerShare())).append(" of buyers against ")
                        .append(Numbers.percent(r.customerShare())).append(" of customers (index ")
                        .append(ratio(r.index())).append(")\n");
            }
        }
        sb.append("\nOnline: ").append(Numbers.percent(b.onlineShare())).append(" of units, against ")
                .append(Numbers.percent(b.overallOnlineShare())).append(" across the store")
                .append(b.onlineIndex() == null ? "" : " (index " + ratio(b.onlineIndex()) + ")")
                .append(". Repeat buyers (two or more days): ").append(Numbers.percent(b.repeatShare())).append('.');
        return sb.toString();
    }

    static String rfm(SegmentsResult.Rfm r) {
        StringBuilder sb = new StringBuilder("**RFM segments of ").append(count(r.customers())).append(" customers, ")
                .append(r.scope()).append(", at ").append(r.referenceDate()).append(":** the largest are\n\n");
        List<RfmGroup> largest = r.segments().stream().filter(g -> g.customers() > 0).limit(LISTED).toList();
        int i = 1;
        for (RfmGroup g : largest) {
            sb.append(i++).append(". **").append(g.segment().label()).append("**: ").append(count(g.customers()))
                    .append(" customers (").append(Numbers.percent(g.share())).append("), ")
                    .append(Numbers.percent(g.revenueShare())).append(" of revenue — ").append(g.meaning()).append('\n');
        }
        r.segments().stream().filter(g -> g.customers() > 0).max(Comparator.comparingDouble(RfmGroup::revenueShare))
                .ifPresent(g -> sb.append("\nThe most valuable: **").append(g.segment().label()).append("**, ")
                        .append(Numbers.percent(g.revenueShare())).append(" of revenue from ")
                        .append(Numbers.percent(g.share())).append(" of customers."));
        return sb.toString().strip();
    }

    static String clusters(SegmentsResult.Clusters c) {
        StringBuilder sb = new StringBuilder("**").append(c.k()).append(" customer clusters, ").append(c.scope())
                .append(":** from ").append(count(c.sampled())).append(" customers clustered (of about ")
                .append(count(c.population())).append("), mean silhouette ")
                .append(String.format(Locale.ROOT, "%.2f", c.silhouette())).append(".\n\n");
        for (Cluster x : c.clusters()) {
            sb.append(x.cluster()).append(". **").append(x.persona()).append("**: ").append(Numbers.percent(x.share()))
                    .append(" of customers, median ").append(count(Math.round(x.medianFrequency())))
                    .append(" purchase days, last ").append(count(Math.round(x.medianRecencyDays())))
                    .append(" days ago, ").append(Numbers.percent(x.onlineShare())).append(" online, mostly ")
                    .append(x.topIndexGroup()).append('\n');
        }
        return sb.toString().strip();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String ratio(Double index) {
        return index == null ? "n/a" : String.format(Locale.ROOT, "%.2f", index);
    }
}
