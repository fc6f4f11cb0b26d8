package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure planted for the analytic tools to find is present at the tiny scale. */
class PlantedStructureTest {
    private static Connection c;

    @BeforeAll
    static void open() {
        c = DuckDb.openReadOnly(TinyDataset.path());
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
    }

    /** Lift of baskets (customer, day) holding {@code partner} among those holding {@code trigger}. */
    private static double lift(String trigger, String partner) {
        return Sql.number(c, "WITH b AS (SELECT customer_id, t_dat,"
                + " bool_or(product_type_name = '" + trigger + "') AS has_t, bool_or(product_type_name = '" + partner + "') AS has_p"
                + " FROM transactions JOIN articles USING (article_id) GROUP BY ALL)"
                + " SELECT avg(has_p::INT) FILTER (WHERE has_t) / avg(has_p::INT) FROM b");
    }

    @Test
    void bikini_tops_sell_with_swimwear_bottoms_and_bras_with_briefs() {
        assertThat(lift("Bikini top", "Swimwear bottom")).isGreaterThan(3.0);
        assertThat(lift("Bra", "Underwear bottom")).isGreaterThan(2.0);
        assertThat(lift("Blazer", "Trousers")).isGreaterThan(1.5);
        assertThat(lift("Sweater", "Swimwear bottom")).isLessThan(1.5);
    }

    @Test
    void matching_articles_are_bought_together_most_of_the_time() {
        double share = Sql.number(c, "WITH pairs AS (SELECT item, partner FROM meta.planted p"
                + " JOIN articles a ON a.article_id = p.item WHERE p.kind = 'pair article' AND a.product_type_name = 'Bikini top'),"
                + " baskets AS (SELECT customer_id, t_dat, list(DISTINCT article_id) AS arts FROM transactions GROUP BY ALL)"
                + " SELECT avg(list_contains(b.arts, p.partner)::INT) FROM baskets b JOIN pairs p ON list_contains(b.arts, p.item)");
        assertThat(share).isGreaterThan(0.45);
    }

    @Test
    void planted_lifecycle_products_launch_peak_and_decline() {
        List<List<Object>> products = Sql.rows(c, "WITH m AS (SELECT a.product_code, date_trunc('month', t_dat) AS month, count(*) AS n"
                + " FROM transactions t JOIN articles a USING (article_id)"
                + " WHERE article_id IN (SELECT item FROM meta.planted WHERE kind = 'lifecycle') GROUP BY ALL)"
                + " SELECT product_code, list(n ORDER BY month) FROM m GROUP BY 1 HAVING sum(n) >= 60");
        assertThat(products).hasSizeGreaterThanOrEqualTo(3);
        int shaped = 0;
        for (List<Object> p : products) {
            @SuppressWarnings("unchecked")
            List<Number> months = (List<Number>) (List<?>) toList(p.get(1));
            int peak = 0;
            for (int i = 1; i < months.size(); i++) {
                if (months.get(i).longValue() > months.get(peak).longValue()) {
                    peak = i;
                }
            }
            long top = months.get(peak).longValue();
            boolean rises = peak > 0 && months.get(0).longValue() < 0.6 * top;
            boolean falls = peak < months.size() - 1 && months.get(months.size() - 1).longValue() < 0.6 * top;
            shaped += rises && falls ? 1 : 0;
        }
        assertThat(shaped).as("products with a rise, a peak and a decline").isGreaterThanOrEqualTo((int) Math.ceil(0.7 * products.size()));
    }

    private static List<?> toList(Object sqlArray) {
        try {
            return List.of((Object[]) ((java.sql.Array) sqlArray).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void churners_stop_buying_on_their_day_and_thin_out_before_it() {
        assertThat(Sql.number(c, "SELECT count(*) FROM meta.planted WHERE kind = 'churner'")).isGreaterThan(500);
        assertThat(Sql.number(c, "SELECT count(*) FROM transactions t JOIN meta.planted p ON p.kind = 'churner'"
                + " AND p.item = t.customer_id WHERE t.t_dat > right(p.detail, 10)::DATE")).isZero();
        double churnerRecency = Sql.number(c, "SELECT median(DATE '2020-09-22' - last) FROM (SELECT customer_id, max(t_dat) AS last"
                + " FROM transactions GROUP BY 1) WHERE customer_id IN (SELECT item FROM meta.planted WHERE kind = 'churner')");
        double otherRecency = Sql.number(c, "SELECT median(DATE '2020-09-22' - last) FROM (SELECT customer_id, max(t_dat) AS last"
                + " FROM transactions GROUP BY 1) WHERE customer_id NOT IN (SELECT item FROM meta.planted WHERE kind = 'churner')");
        assertThat(churnerRecency).isGreaterThan(2 * otherRecency);
        // Visits thin out: a churner's purchases lean towards the start of their active span.
        double position = Sql.number(c, "SELECT avg((t.t_dat - f.first) / greatest(1, right(p.detail, 10)::DATE - f.first))"
                + " FROM transactions t JOIN meta.planted p ON p.kind = 'churner' AND p.item = t.customer_id"
                + " JOIN (SELECT customer_id, min(t_dat) AS first FROM transactions GROUP BY 1) f USING (customer_id)");
        assertThat(position).isLessThan(0.45);
    }

    @Test
    void seasonal_types_sell_in_their_season() {
        double summer = Sql.number(c, "SELECT count(*) FILTER (WHERE month(t_dat) IN (6, 7)) / count(*) FILTER (WHERE month(t_dat) IN (12, 1))"
                + " FROM transactions JOIN articles USING (article_id)"
                + " WHERE product_type_name IN (SELECT item FROM meta.planted WHERE kind = 'season summer')");
        double winter = Sql.number(c, "SELECT count(*) FILTER (WHERE month(t_dat) IN (12, 1)) / count(*) FILTER (WHERE month(t_dat) IN (6, 7))"
                + " FROM transactions JOIN articles USING (article_id)"
                + " WHERE product_type_name IN (SELECT item FROM meta.planted WHERE kind = 'season winter')");
        assertThat(summer).isGreaterThan(2.5);
        assertThat(winter).isGreaterThan(2.5);
        assertThat(Sql.scalar(c, "SELECT list(item ORDER BY item) FROM meta.planted WHERE kind = 'season summer'").toString())
                .contains("Bikini top", "Swimwear bottom");
    }

    @Test
    void young_and_older_customers_buy_differently() {
        String share = "SELECT avg((%s)::INT) FROM transactions JOIN customers USING (customer_id) JOIN articles USING (article_id) WHERE %s";
        double dividedYoung = Sql.number(c, share.formatted("index_group_name = 'Divided'", "age < 25"));
        double dividedOld = Sql.number(c, share.formatted("index_group_name = 'Divided'", "age >= 55"));
        assertThat(dividedYoung).isGreaterThan(2.5 * dividedOld);
        double blouseYoung = Sql.number(c, share.formatted("product_type_name = 'Blouse'", "age < 25"));
        double blouseOld = Sql.number(c, share.formatted("product_type_name = 'Blouse'", "age >= 55"));
        assertThat(blouseOld).isGreaterThan(1.5 * blouseYoung);
        double darkBlueYoung = Sql.number(c, share.formatted("colour_group_name = 'Dark Blue'", "age < 25"));
        double darkBlueOld = Sql.number(c, share.formatted("colour_group_name = 'Dark Blue'", "age >= 55"));
        assertThat(darkBlueOld).isGreaterThan(darkBlueYoung);
    }
}
