package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.data.DatasetStats.PriceSummary;
import com.shopsight.tools.data.DatasetStats.Share;
import com.shopsight.tools.data.DatasetStats.WeekTotal;
import com.shopsight.tools.data.DatasetStats.WeeklyTotals;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The SQL behind {@link DatasetStats}: one query per figure, all on the H&M tables. */
final class DatasetStatsQueries {
    private static final List<String> TABLES = List.of("articles", "customers", "transactions");
    private static final String AGE_BUCKET = "CASE WHEN age IS NULL THEN 'unknown' WHEN age < 20 THEN 'under_20'"
            + " WHEN age < 30 THEN '20_to_29' WHEN age < 40 THEN '30_to_39' WHEN age < 50 THEN '40_to_49'"
            + " WHEN age < 60 THEN '50_to_59' ELSE '60_plus' END";

    private final Connection conn;

    DatasetStatsQueries(Connection conn) {
        this.conn = conn;
    }

    DatasetStats measure() {
        requireTables();
        List<Object[]> counts = rows("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM customers),"
                + " count(*), min(t_dat), max(t_dat) FROM transactions");
        Object[] c = counts.get(0);
        long customers = ((Number) c[1]).longValue();
        LocalDate first = date(c[3]);
        LocalDate last = date(c[4]);
        List<Object[]> flags = rows("SELECT count(*) FILTER (WHERE FN = 1), count(*) FILTER (WHERE Active = 1) FROM customers");
        return new DatasetStats(
                ((Number) c[0]).longValue(), customers, ((Number) c[2]).longValue(), first, last,
                shares("SELECT CAST(sales_channel_id AS VARCHAR), count(*) FROM transactions GROUP BY 1"),
                shares("SELECT a.index_group_name, count(*) FROM transactions t"
                        + " LEFT JOIN articles a ON a.article_id = t.article_id GROUP BY 1"),
                shares("SELECT index_group_name, count(*) FROM articles GROUP BY 1"),
                ageBuckets(),
                shares("SELECT club_member_status, count(*) FROM customers GROUP BY 1"),
                shares("SELECT fashion_news_frequency, count(*) FROM customers GROUP BY 1"),
                share(((Number) flags.get(0)[0]).longValue(), customers),
                share(((Number) flags.get(0)[1]).longValue(), customers),
                price(),
                weekly(first, last));
    }

    private void requireTables() {
        Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Object[] r : rows("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'main' AND table_catalog = current_database()")) {
            present.add((String) r[0]);
        }
        List<String> missing = TABLES.stream().filter(t -> !present.contains(t)).toList();
        if (!missing.isEmpty()) {
            throw new ShopSightException("Not an H&M database: it has no " + String.join(", ", missing)
                    + " table. Headline figures need articles, customers and transactions.");
        }
    }

    private List<Share> ageBuckets() {
        List<Share> measured = shares("SELECT " + AGE_BUCKET + ", count(*) FROM customers GROUP BY 1");
        List<Share> ordered = new ArrayList<>();
        for (String bucket : DatasetStats.AGE_BUCKETS) {
            ordered.add(measured.stream().filter(s -> s.label().equals(bucket)).findFirst()
                    .orElse(new Share(bucket, 0, 0)));
        }
        return ordered;
    }

    private PriceSummary price() {
        Object[] r = rows("SELECT favg(price), min(price), quantile_cont(price, 0.25), quantile_cont(price, 0.5),"
                + " quantile_cont(price, 0.75), max(price) FROM transactions").get(0);
        return new PriceSummary(round6(r[0]), round6(r[1]), round6(r[2]), round6(r[3]), round6(r[4]), round6(r[5]));
    }

    private WeeklyTotals weekly(LocalDate first, LocalDate last) {
        List<WeekTotal> weeks = new ArrayList<>();
        for (Object[] r : rows("SELECT CAST(date_trunc('week', t_dat) AS DATE), count(*), fsum(price)"
                + " FROM transactions GROUP BY 1 ORDER BY 1")) {
            weeks.add(new WeekTotal(date(r[0]), ((Number) r[1]).longValue(), Math.round(((Number) r[2]).doubleValue() * 100) / 100.0));
        }
        List<WeekTotal> full = weeks.stream()
                .filter(w -> first != null && !w.week().isBefore(first) && !w.week().plusDays(6).isAfter(last))
                .toList();
        if (full.isEmpty()) {
            return new WeeklyTotals(0, 0, 0, 0, null, 0, null, 0, weeks);
        }
        List<Long> units = full.stream().map(WeekTotal::units).sorted().toList();
        int n = units.size();
        double median = n % 2 == 1 ? units.get(n / 2) : (units.get(n / 2 - 1) + units.get(n / 2)) / 2.0;
        // Ties go to the earliest week, so the figures are the same on every run.
        WeekTotal min = full.stream().min(Comparator.comparingLong(WeekTotal::units)).orElseThrow();
        WeekTotal max = full.stream().max(Comparator.comparingLong(WeekTotal::units)).orElseThrow();
        double meanUnits = units.stream().mapToLong(Long::longValue).average().orElse(0);
        double meanRevenue = full.stream().mapToDouble(WeekTotal::revenue).average().orElse(0);
        return new WeeklyTotals(n, Math.round(meanUnits * 10) / 10.0, median, min.units(), min.week(),
                max.units(), max.week(), Math.round(meanRevenue * 100) / 100.0, weeks);
    }

    /** Shares of a {@code SELECT label, count} query, largest first, NULL labelled {@value DatasetStats#EMPTY}. */
    private List<Share> shares(String sql) {
        List<Object[]> rows = rows(sql);
        long total = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
        List<Share> shares = new ArrayList<>();
        for (Object[] r : rows) {
            String label = r[0] == null ? DatasetStats.EMPTY : r[0].toString();
            long count = ((Number) r[1]).longValue();
            shares.add(new Share(label, count, share(count, total)));
        }
        shares.sort(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::label));
        return shares;
    }

    private static double share(long count, long total) {
        return total == 0 ? 0 : Math.round(count * 1e6 / total) / 1e6;
    }

    private static double round6(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue() * 1e6) / 1e6;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString().substring(0, 10));
    }

    private List<Object[]> rows(String sql) {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new ShopSightException("Headline figures query failed: " + e.getMessage() + "\n" + sql, e);
        }
    }
}
