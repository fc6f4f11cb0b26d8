package com.shopsight.web.cli;

import com.shopsight.tools.data.DatasetStats;
import com.shopsight.tools.data.DatasetStats.Share;
import com.shopsight.tools.data.DatasetStats.WeeklyTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Lays out two sets of headline figures side by side for a terminal. */
final class StatsTable {
    private static final String ROW = "  %-34s %20s %20s%n";
    private static final Map<String, String> CHANNELS = Map.of("1", "1 (store)", "2", "2 (online)");

    private StatsTable() {}

    static String render(String db, DatasetStats ours, DatasetStats real, boolean weekly) {
        StringBuilder s = new StringBuilder();
        s.append("Headline figures of ").append(db).append(", beside the real H&M data (Kaggle 2022, full files)\n\n");
        s.append(String.format(Locale.ROOT, ROW, "", "this database", "real H&M"));
        section(s, "rows");
        row(s, "articles", count(ours.articles()), count(real.articles()));
        row(s, "customers", count(ours.customers()), count(real.customers()));
        row(s, "transactions", count(ours.transactions()), count(real.transactions()));
        row(s, "first day", String.valueOf(ours.firstDay()), String.valueOf(real.firstDay()));
        row(s, "last day", String.valueOf(ours.lastDay()), String.valueOf(real.lastDay()));
        shares(s, "sales channel (share of units)", ours.salesChannels(), real.salesChannels(),
                l -> CHANNELS.getOrDefault(l, l));
        shares(s, "index group (share of units)", ours.indexGroups(), real.indexGroups(), Function.identity());
        shares(s, "index group (share of articles)", ours.catalogueIndexGroups(), real.catalogueIndexGroups(),
                Function.identity());
        shares(s, "age bucket (share of customers)", ours.ageBuckets(), real.ageBuckets(), Function.identity());
        shares(s, "club_member_status (share of customers)", ours.clubMemberStatus(), real.clubMemberStatus(),
                Function.identity());
        shares(s, "fashion_news_frequency (share of customers)", ours.fashionNewsFrequency(),
                real.fashionNewsFrequency(), Function.identity());
        section(s, "FN and Active flags (share of customers)");
        row(s, "FN = 1", pct(ours.fnShare()), pct(real.fnShare()));
        row(s, "Active = 1", pct(ours.activeShare()), pct(real.activeShare()));
        section(s, "price (per item, scaled)");
        row(s, "mean", num(ours.price().mean()), num(real.price().mean()));
        row(s, "min", num(ours.price().min()), num(real.price().min()));
        row(s, "q1", num(ours.price().q1()), num(real.price().q1()));
        row(s, "median", num(ours.price().median()), num(real.price().median()));
        row(s, "q3", num(ours.price().q3()), num(real.price().q3()));
        row(s, "max", num(ours.price().max()), num(real.price().max()));
        WeeklyTotals w = ours.weekly();
        WeeklyTotals r = real.weekly();
        section(s, "units per full week (weeks start Monday)");
        row(s, "full weeks", String.valueOf(w.fullWeeks()), String.valueOf(r.fullWeeks()));
        row(s, "mean", count(Math.round(w.meanUnits())), count(Math.round(r.meanUnits())));
        row(s, "median", count(Math.round(w.medianUnits())), count(Math.round(r.medianUnits())));
        row(s, "lowest (week of)", count(w.minUnits()) + " (" + w.minWeek() + ")",
                count(r.minUnits()) + " (" + r.minWeek() + ")");
        row(s, "highest (week of)", count(w.maxUnits()) + " (" + w.maxWeek() + ")",
                count(r.maxUnits()) + " (" + r.maxWeek() + ")");
        row(s, "revenue per full week, mean", num(w.meanRevenue()), num(r.meanRevenue()));
        if (weekly) {
            section(s, "every week: units, revenue");
            w.weeks().forEach(x -> row(s, x.week().toString(), count(x.units()), num(x.revenue())));
        }
        return s.toString();
    }

    private static void section(StringBuilder s, String title) {
        s.append(title).append('\n');
    }

    private static void row(StringBuilder s, String label, String ours, String real) {
        s.append(String.format(Locale.ROOT, ROW, label, ours, real));
    }

    /** Our labels in our order, then those only the real data has. */
    private static void shares(StringBuilder s, String title, List<Share> ours, List<Share> real,
            Function<String, String> label) {
        section(s, title);
        List<String> labels = new ArrayList<>(ours.stream().map(Share::label).toList());
        real.stream().map(Share::label).filter(l -> !labels.contains(l)).forEach(labels::add);
        for (String l : labels) {
            row(s, label.apply(l), present(ours, l), present(real, l));
        }
    }

    private static String present(List<Share> shares, String label) {
        return shares.isEmpty() ? "n/a" : shares.stream().anyMatch(x -> x.label().equals(label))
                ? pct(DatasetStats.shareOf(shares, label)) : "-";
    }

    static String pct(double share) {
        if (share > 0 && share < 0.00005) {
            return "<0.01%";
        }
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.2f", v) : String.format(Locale.ROOT, "%.6f", v);
    }
}
