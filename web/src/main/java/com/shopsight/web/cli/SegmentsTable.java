package com.shopsight.web.cli;

import com.shopsight.tools.segments.Cluster;
import com.shopsight.tools.segments.ProfileRow;
import com.shopsight.tools.segments.RfmGroup;
import com.shopsight.tools.segments.ScoreRange;
import com.shopsight.tools.segments.SegmentsResult;
import com.shopsight.tools.segments.Trait;
import java.util.Locale;
import java.util.stream.Collectors;

/** Segments laid out for a terminal. */
final class SegmentsTable {
    private SegmentsTable() {}

    static String render(SegmentsResult r) {
        StringBuilder s = new StringBuilder();
        if (r instanceof SegmentsResult.BuyerProfile p) {
            buyers(s, p);
            ToolOutput.notesAndSql(s, p.notes(), p.sql());
        } else if (r instanceof SegmentsResult.Rfm rfm) {
            rfm(s, rfm);
            ToolOutput.notesAndSql(s, rfm.notes(), rfm.sql());
        } else if (r instanceof SegmentsResult.Clusters c) {
            clusters(s, c);
            ToolOutput.notesAndSql(s, c.notes(), c.sql());
        } else {
            throw new IllegalArgumentException("no table for " + r.status());
        }
        return s.toString();
    }

    private static void buyers(StringBuilder s, SegmentsResult.BuyerProfile p) {
        s.append(String.format(Locale.ROOT, "Buyers of %s: %,d of %,d customers; %,d units, revenue %s%n", p.scope(), p.buyers(),
                p.customers(), p.units(), ToolOutput.num(p.revenue())));
        s.append(String.format(Locale.ROOT, "Online: %s of units (all sales: %s, index %s); repeat buyers %s, %s units per buyer%n",
                ToolOutput.pct(p.onlineShare()), ToolOutput.pct(p.overallOnlineShare()), ToolOutput.num(p.onlineIndex()),
                ToolOutput.pct(p.repeatShare()), ToolOutput.num(p.unitsPerBuyer())));
        s.append("\nLikely customer segments (over-represented among the buyers):\n");
        if (p.highlights().isEmpty()) {
            s.append("  none stands out\n");
        }
        for (ProfileRow h : p.highlights()) {
            s.append(String.format(Locale.ROOT, "  %-20s %-14s index %5s: %s of buyers, %s of customers%n", h.dimension(), h.value(),
                    ToolOutput.num(h.index()), ToolOutput.pct(h.buyerShare()), ToolOutput.pct(h.customerShare())));
        }
        s.append(String.format(Locale.ROOT, "%n  %-20s %-14s %10s %9s %10s %9s %7s%n", "trait", "value", "buyers", "share", "customers",
                "share", "index"));
        for (ProfileRow row : p.rows()) {
            s.append(String.format(Locale.ROOT, "  %-20s %-14s %,10d %9s %,10d %9s %7s%n", row.dimension(), row.value(), row.buyers(),
                    ToolOutput.pct(row.buyerShare()), row.customers(), ToolOutput.pct(row.customerShare()), ToolOutput.num(row.index())));
        }
    }

    private static void rfm(StringBuilder s, SegmentsResult.Rfm r) {
        s.append(String.format(Locale.ROOT, "RFM of %,d customers (%s) at %s; revenue %s%n%n", r.customers(), r.scope(), r.referenceDate(),
                ToolOutput.num(r.revenue())));
        s.append(String.format(Locale.ROOT, "  %-20s %9s %7s %8s %9s %9s %9s %6s %7s %6s%n", "segment", "customers", "share", "revenue",
                "recency", "frequency", "spend", "age", "online", "ages"));
        for (RfmGroup g : r.segments()) {
            s.append(String.format(Locale.ROOT, "  %-20s %,9d %7s %8s %9s %9s %9s %6s %7s %6s%n", g.segment().label(), g.customers(),
                    ToolOutput.pct(g.share()), ToolOutput.pct(g.revenueShare()), ToolOutput.num(g.medianRecencyDays()),
                    ToolOutput.num(g.medianFrequency()), ToolOutput.num(g.medianMonetary()), ToolOutput.num(g.averageAge()),
                    ToolOutput.pct(g.onlineShare()), g.topAgeBand() == null ? "-" : g.topAgeBand()));
        }
        s.append("\n  (recency, frequency and spend are medians; ages is the most common age band)\n\nRules:\n");
        for (RfmGroup g : r.segments()) {
            s.append("  ").append(g.segment().label()).append(": ").append(g.rule()).append(" (").append(g.meaning()).append(")\n");
        }
        s.append("\nScores:\n");
        for (ScoreRange sr : r.scores()) {
            s.append(String.format(Locale.ROOT, "  %-13s %d: %s to %s (%,d customers)%n", sr.measure(), sr.score(), ToolOutput.num(sr.min()),
                    ToolOutput.num(sr.max()), sr.customers()));
        }
    }

    private static void clusters(StringBuilder s, SegmentsResult.Clusters c) {
        s.append(String.format(Locale.ROOT, "%d clusters of %s (%,d customers, %,d clustered) at %s; silhouette %.3f%n", c.k(),
                c.scope(), c.population(), c.sampled(), c.referenceDate(), c.silhouette()));
        s.append("Silhouette by k: ").append(c.silhouettes().entrySet().stream()
                .map(e -> e.getKey() + ": " + String.format(Locale.ROOT, "%.3f", e.getValue())).collect(Collectors.joining(", "))).append("\n\n");
        for (Cluster k : c.clusters()) {
            s.append(String.format(Locale.ROOT, "  %d. %s: %s (about %,d customers)%n", k.cluster(), k.persona(), ToolOutput.pct(k.share()),
                    k.estimatedCustomers()));
            s.append(String.format(Locale.ROOT, "     recency %s days, %s visits, spend %s, age %s, online %s, mostly %s (%s)%n",
                    ToolOutput.num(k.medianRecencyDays()), ToolOutput.num(k.medianFrequency()), ToolOutput.num(k.medianMonetary()),
                    ToolOutput.num(k.averageAge()), ToolOutput.pct(k.onlineShare()), k.topIndexGroup(), ToolOutput.pct(k.topIndexGroupShare())));
            s.append("     sets it apart: ").append(k.traits().stream().limit(3)
                    .map((Trait t) -> String.format(Locale.ROOT, "%s %+.2f sd", t.feature(), t.z())).collect(Collectors.joining(", ")))
                    .append('\n');
        }
    }
}
