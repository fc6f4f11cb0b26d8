package com.shopsight.tools.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

/**
 * The headline figures of an H&M database, so synthetic data can be held against the real
 * data side by side: row counts, shares by channel, index group, age bucket, club status and
 * fashion news, price quartiles and weekly totals. Shares are rounded to 6 decimals.
 *
 * @param articles rows of articles
 * @param customers rows of customers
 * @param transactions rows of transactions
 * @param firstDay the first t_dat
 * @param lastDay the last t_dat
 * @param salesChannels share of transaction rows by sales_channel_id (1 store, 2 online)
 * @param indexGroups share of transaction rows (units sold) by the article's index_group_name
 * @param catalogueIndexGroups share of articles by index_group_name
 * @param ageBuckets share of customers by age bucket, in {@link #AGE_BUCKETS} order
 * @param clubMemberStatus share of customers by club_member_status ({@value #EMPTY} for NULL)
 * @param fashionNewsFrequency share of customers by fashion_news_frequency ({@value #EMPTY} for NULL)
 * @param fnShare share of customers with FN = 1
 * @param activeShare share of customers with Active = 1
 * @param price price over transaction rows
 * @param weekly units and revenue per week (weeks start Monday)
 */
public record DatasetStats(
        long articles,
        long customers,
        long transactions,
        LocalDate firstDay,
        LocalDate lastDay,
        List<Share> salesChannels,
        List<Share> indexGroups,
        List<Share> catalogueIndexGroups,
        List<Share> ageBuckets,
        List<Share> clubMemberStatus,
        List<Share> fashionNewsFrequency,
        double fnShare,
        double activeShare,
        PriceSummary price,
        WeeklyTotals weekly) {

    /** The age buckets of the real data's published aggregates, youngest first. */
    public static final List<String> AGE_BUCKETS =
            List.of("under_20", "20_to_29", "30_to_39", "40_to_49", "50_to_59", "60_plus", "unknown");

    /** The label of NULL in a category's shares. */
    public static final String EMPTY = "(empty)";

    public DatasetStats {
        salesChannels = copy(salesChannels);
        indexGroups = copy(indexGroups);
        catalogueIndexGroups = copy(catalogueIndexGroups);
        ageBuckets = copy(ageBuckets);
        clubMemberStatus = copy(clubMemberStatus);
        fashionNewsFrequency = copy(fashionNewsFrequency);
    }

    /** Measures the figures of an H&M database; fails naming any H&M table it lacks. */
    public static DatasetStats of(Connection conn) {
        return new DatasetStatsQueries(conn).measure();
    }

    /**
     * The same figures for the real H&M data (Kaggle 2022, full files), as published in
     * public analyses; weekly totals carry the summary only, not every week.
     */
    public static DatasetStats realHm() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = DatasetStats.class.getResourceAsStream("hm-real-figures.yaml")) {
            if (in == null) {
                throw new ShopSightException("hm-real-figures.yaml is missing from the classpath");
            }
            return yaml.readValue(in, DatasetStats.class);
        } catch (IOException e) {
            throw new ShopSightException("Cannot read hm-real-figures.yaml: " + e.getMessage(), e);
        }
    }

    /** The share of {@code label} in {@code shares}, or 0 when absent. */
    public static double shareOf(List<Share> shares, String label) {
        return shares.stream().filter(s -> s.label().equals(label)).mapToDouble(Share::share).findFirst().orElse(0);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A label, its count and its share of the whole. */
    public record Share(String label, long count, double share) {}

    /** Mean and quartiles of a price column. */
    public record PriceSummary(double mean, double min, double q1, double median, double q3, double max) {}

    /**
     * Units (rows) and revenue per week, summarised over full weeks only (the first and last
     * weeks of the data are partial).
     *
     * @param fullWeeks how many full weeks the summary covers
     * @param meanUnits mean units per full week
     * @param medianUnits median units per full week
     * @param minUnits units of the quietest full week
     * @param minWeek the Monday of the quietest full week
     * @param maxUnits units of the busiest full week
     * @param maxWeek the Monday of the busiest full week
     * @param meanRevenue mean revenue per full week
     * @param weeks every week, partial ones included; empty for the real data's figures
     */
    public record WeeklyTotals(
            int fullWeeks,
            double meanUnits,
            double medianUnits,
            long minUnits,
            LocalDate minWeek,
            long maxUnits,
            LocalDate maxWeek,
            double meanRevenue,
            List<WeekTotal> weeks) {
        public WeeklyTotals {
            weeks = copy(weeks);
        }
    }

    /** One week's units sold and revenue; {@code week} is its Monday. */
    public record WeekTotal(LocalDate week, long units, double revenue) {}
}
