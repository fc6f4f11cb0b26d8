package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.data.DatasetStats.Share;
import com.shopsight.tools.db.DuckDb;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headline figures: measured on a small H&M-shaped database, and the real data's published ones. */
class DatasetStatsTest {

    private static void hmShaped(Connection conn) {
        DuckDb.execute(conn,
                "CREATE TABLE articles (article_id VARCHAR, index_group_name VARCHAR)",
                "INSERT INTO articles VALUES ('01', 'Ladieswear'), ('02', 'Ladieswear'), ('03', 'Divided')",
                "CREATE TABLE customers (customer_id VARCHAR, FN DOUBLE, Active DOUBLE, club_member_status VARCHAR,"
                        + " fashion_news_frequency VARCHAR, age INTEGER)",
                "INSERT INTO customers VALUES ('a', 1.0, 1.0, 'ACTIVE', 'Regularly', 19),"
                        + " ('b', NULL, 1.0, 'ACTIVE', 'NONE', 24), ('c', NULL, NULL, NULL, NULL, NULL),"
                        + " ('d', 1.0, NULL, 'PRE-CREATE', 'NONE', 60)",
                "CREATE TABLE transactions (t_dat DATE, customer_id VARCHAR, article_id VARCHAR, price DOUBLE,"
                        + " sales_channel_id INTEGER)",
                // Monday 2020-09-07 to Tuesday 2020-09-22: one partial week at the end.
                "INSERT INTO transactions SELECT DATE '2020-09-07' + CAST(i % 16 AS INTEGER), 'a',"
                        + " CASE WHEN i % 4 = 0 THEN '03' ELSE '01' END, 0.01 * (1 + i % 4), 1 + CAST(i % 5 > 0 AS INTEGER)"
                        + " FROM range(160) r(i)");
    }

    @Test
    void measures_the_headline_figures_of_a_database() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            hmShaped(conn);
            DatasetStats s = DatasetStats.of(conn);

            assertThat(s.transactions()).isEqualTo(160);
            assertThat(s.firstDay()).isEqualTo(LocalDate.of(2020, 9, 7));
            assertThat(s.lastDay()).isEqualTo(LocalDate.of(2020, 9, 22));
            assertThat(s.salesChannels()).containsExactly(new Share("2", 128, 0.8), new Share("1", 32, 0.2));
            assertThat(s.indexGroups()).containsExactly(new Share("Ladieswear", 120, 0.75), new Share("Divided", 40, 0.25));
            assertThat(s.catalogueIndexGroups()).extracting(Share::label).containsExactly("Ladieswear", "Divided");
            assertThat(s.ageBuckets()).extracting(Share::label).containsExactlyElementsOf(DatasetStats.AGE_BUCKETS);
            assertThat(s.ageBuckets()).extracting(Share::share).containsExactly(0.25, 0.25, 0.0, 0.0, 0.0, 0.25, 0.25);
            assertThat(s.clubMemberStatus()).containsExactly(new Share("ACTIVE", 2, 0.5),
                    new Share(DatasetStats.EMPTY, 1, 0.25), new Share("PRE-CREATE", 1, 0.25));
            assertThat(s.fnShare()).isEqualTo(0.5);
            assertThat(s.activeShare()).isEqualTo(0.5);
            assertThat(s.price().median()).isEqualTo(0.025);
            assertThat(s.price().mean()).isEqualTo(0.025);
            assertThat(s.weekly().weeks()).hasSize(3);
            assertThat(s.weekly().fullWeeks()).isEqualTo(2);
            assertThat(s.weekly().meanUnits()).isEqualTo(70.0);
        }
    }

    @Test
    void says_which_hm_table_a_database_lacks() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            DuckDb.execute(conn, "CREATE TABLE articles (article_id VARCHAR)");
            assertThatThrownBy(() -> DatasetStats.of(conn)).isInstanceOf(ShopSightException.class)
                    .hasMessageContaining("customers, transactions");
        }
    }

    @Test
    void knows_the_real_hm_figures() {
        DatasetStats real = DatasetStats.realHm();
        assertThat(real.transactions()).isEqualTo(31_788_324);
        assertThat(DatasetStats.shareOf(real.salesChannels(), "2")).isEqualTo(0.704028);
        assertThat(DatasetStats.shareOf(real.indexGroups(), "Ladieswear")).isEqualTo(0.642225);
        for (List<Share> shares : List.of(real.salesChannels(), real.indexGroups(), real.ageBuckets(),
                real.clubMemberStatus(), real.fashionNewsFrequency())) {
            assertThat(shares.stream().mapToDouble(Share::share).sum()).isCloseTo(1.0, within(0.0001));
        }
        assertThat(real.ageBuckets()).extracting(Share::label).containsExactlyElementsOf(DatasetStats.AGE_BUCKETS);
        assertThat(real.price().median()).isEqualTo(0.0254);
        assertThat(real.weekly().maxWeek()).isEqualTo(LocalDate.of(2019, 6, 24));
    }
}
