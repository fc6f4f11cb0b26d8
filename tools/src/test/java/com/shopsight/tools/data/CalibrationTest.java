package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synthetic data held against the real H&M figures (../shared/reference/hm-statistics.md,
 * copied here as constants). Tolerances are absolute share points unless stated, sized for the
 * tiny scale's sampling noise (100k rows, 5k customers).
 */
class CalibrationTest {
    private static Connection c;

    @BeforeAll
    static void open() {
        c = DuckDb.openReadOnly(TinyDataset.path());
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
    }

    private static Map<String, Double> salesShare(String column) {
        return Sql.shares(c, "SELECT coalesce(" + column + "::VARCHAR, 'unknown'), count(*) / sum(count(*)) OVER ()"
                + " FROM transactions JOIN articles USING (article_id) GROUP BY 1");
    }

    private static Map<String, Double> customerShare(String expr) {
        return Sql.shares(c, "SELECT coalesce(" + expr + ", 'unknown'), count(*) / sum(count(*)) OVER () FROM customers GROUP BY 1");
    }

    @Test
    void online_share_of_rows_is_near_70_percent() {
        assertThat(salesShare("sales_channel_id").get("2")).isCloseTo(0.7040, within(0.04));
    }

    @Test
    void sales_by_index_group_match_the_real_split() {
        Map<String, Double> s = salesShare("index_group_name");
        assertThat(s.get("Ladieswear")).isCloseTo(0.6422, within(0.05));
        assertThat(s.get("Divided")).isCloseTo(0.2246, within(0.05));
        assertThat(s.get("Menswear")).isCloseTo(0.0557, within(0.025));
        assertThat(s.get("Sport")).isCloseTo(0.0392, within(0.025));
        assertThat(s.get("Baby/Children")).isCloseTo(0.0383, within(0.025));
    }

    @Test
    void sales_by_product_group_and_colour_match_the_real_split() {
        Map<String, Double> g = salesShare("product_group_name");
        assertThat(g.get("Garment Upper body")).isCloseTo(0.3949, within(0.05));
        assertThat(g.get("Garment Lower body")).isCloseTo(0.2217, within(0.05));
        assertThat(g.get("Garment Full body")).isCloseTo(0.1118, within(0.04));
        assertThat(g.get("Swimwear")).isCloseTo(0.0811, within(0.04));
        assertThat(g.get("Underwear")).isCloseTo(0.0807, within(0.04));
        Map<String, Double> col = salesShare("colour_group_name");
        assertThat(col.get("Black")).isCloseTo(0.3472, within(0.05));
        assertThat(col.get("White")).isCloseTo(0.1060, within(0.04));
        assertThat(col.get("Dark Blue")).isCloseTo(0.0686, within(0.03));
    }

    @Test
    void sales_by_product_type_match_the_real_split() {
        // The real data's five largest types (transaction_product_type_metrics.csv).
        Map<String, Double> t = salesShare("product_type_name");
        assertThat(t.get("Trousers")).isCloseTo(0.1327, within(0.04));
        assertThat(t.get("Dress")).isCloseTo(0.1019, within(0.035));
        assertThat(t.get("Sweater")).isCloseTo(0.0876, within(0.03));
        assertThat(t.get("T-shirt")).isCloseTo(0.0693, within(0.03));
        assertThat(t.get("Top")).isCloseTo(0.0498, within(0.025));
    }

    @Test
    void customers_have_the_real_age_club_and_news_shares() {
        Map<String, Double> age = customerShare("CASE WHEN age < 20 THEN 'under_20' WHEN age < 30 THEN '20_to_29'"
                + " WHEN age < 40 THEN '30_to_39' WHEN age < 50 THEN '40_to_49' WHEN age < 60 THEN '50_to_59'"
                + " WHEN age >= 60 THEN '60_plus' END");
        assertThat(age.get("under_20")).isCloseTo(0.0522, within(0.02));
        assertThat(age.get("20_to_29")).isCloseTo(0.3851, within(0.03));
        assertThat(age.get("30_to_39")).isCloseTo(0.1706, within(0.04));
        assertThat(age.get("40_to_49")).isCloseTo(0.1488, within(0.03));
        assertThat(age.get("50_to_59")).isCloseTo(0.1649, within(0.03));
        assertThat(age.get("60_plus")).isCloseTo(0.0669, within(0.02));
        assertThat(age.get("unknown")).isCloseTo(0.0116, within(0.006));
        Map<String, Double> club = customerShare("club_member_status");
        assertThat(club.get("ACTIVE")).isCloseTo(0.9275, within(0.015));
        assertThat(club.get("PRE-CREATE")).isCloseTo(0.0678, within(0.015));
        Map<String, Double> news = customerShare("fashion_news_frequency");
        assertThat(news.get("NONE")).isCloseTo(0.6397, within(0.03));
        assertThat(news.get("Regularly")).isCloseTo(0.3480, within(0.03));
        assertThat(Sql.number(c, "SELECT avg(FN IS NOT NULL::INT) FROM customers")).isCloseTo(0.348, within(0.03));
        assertThat(Sql.number(c, "SELECT avg(Active IS NOT NULL::INT) FROM customers")).isCloseTo(0.338, within(0.03));
    }

    @Test
    void prices_sit_on_the_real_scale() {
        List<Object> q = Sql.rows(c, "SELECT quantile_cont(price, 0.25), median(price), quantile_cont(price, 0.75), avg(price)"
                + " FROM transactions").get(0);
        // Quartiles fall on price points (14.99 and 16.99 are 13 % apart): 20 % for tiny's sample.
        assertThat((Double) q.get(0)).isCloseTo(0.0158, within(0.0158 * 0.2));
        assertThat((Double) q.get(1)).isCloseTo(0.0254, within(0.0254 * 0.2));
        assertThat((Double) q.get(2)).isCloseTo(0.0339, within(0.0339 * 0.2));
        assertThat((Double) q.get(3)).isCloseTo(0.0278, within(0.0278 * 0.15));
        // Retail price points: price x 590 lands on .99 (or whole) amounts for most rows.
        assertThat(Sql.number(c, "SELECT avg((abs(price * 590 - round(price * 590)) < 0.02"
                + " OR abs(price * 590 - round(price * 590) + 0.01) < 0.001)::INT) FROM transactions")).isGreaterThan(0.9);
    }

    @Test
    void about_one_row_in_eleven_repeats_another_exactly() {
        assertThat(Sql.number(c, "SELECT 1 - (SELECT count(*) FROM (SELECT DISTINCT * FROM transactions)) / count(*)"
                + " FROM transactions")).isCloseTo(0.0936, within(0.025));
    }

    @Test
    void the_calendar_has_the_real_weekly_rhythm_and_peaks() {
        double[] realDow = {0.89, 0.92, 1.08, 1.07, 1.04, 1.11, 0.89};
        Map<String, Double> dow = Sql.shares(c, "SELECT isodow(t_dat), count(*) * 7.0 / sum(count(*)) OVER () FROM transactions GROUP BY 1");
        for (int d = 1; d <= 7; d++) {
            assertThat(dow.get(String.valueOf(d))).as("day of week %d", d).isCloseTo(realDow[d - 1], within(0.08));
        }
        double june2019 = Sql.number(c, "SELECT count(*) FROM transactions WHERE t_dat BETWEEN '2019-06-01' AND '2019-06-30'");
        double feb2020 = Sql.number(c, "SELECT count(*) FROM transactions WHERE t_dat BETWEEN '2020-02-01' AND '2020-02-29'");
        assertThat(june2019 / 30).isGreaterThan(1.4 * feb2020 / 29);
        double blackFriday = Sql.number(c, "SELECT count(*) FROM transactions WHERE t_dat = '2019-11-29'");
        double novemberDay = Sql.number(c, "SELECT count(*) / 30.0 FROM transactions WHERE t_dat BETWEEN '2019-11-01' AND '2019-11-30'");
        assertThat(blackFriday).isGreaterThan(2.5 * novemberDay);
    }

    @Test
    void weekly_totals_follow_the_real_curve_when_the_reference_is_available() throws IOException {
        Path daily = ReferenceData.file("transaction_daily_metrics.csv");
        Map<String, Double> real = new TreeMap<>();
        for (String line : Files.readAllLines(daily).subList(1, Files.readAllLines(daily).size())) {
            String[] f = line.split(",");
            real.merge(week(LocalDate.parse(f[0])), Double.parseDouble(f[1]), Double::sum);
        }
        Map<String, Double> ours = new TreeMap<>();
        for (List<Object> row : Sql.rows(c, "SELECT t_dat::VARCHAR, count(*) FROM transactions GROUP BY 1")) {
            ours.merge(week(LocalDate.parse((String) row.get(0))), ((Number) row.get(1)).doubleValue(), Double::sum);
        }
        List<String> weeks = real.keySet().stream().skip(1).limit(real.size() - 2).toList();
        double[] a = weeks.stream().mapToDouble(real::get).toArray();
        double[] b = weeks.stream().mapToDouble(w -> ours.getOrDefault(w, 0.0)).toArray();
        assertThat(new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(a, b)).isGreaterThan(0.75);
    }

    private static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-" + String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
