package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.db.DuckDb;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight stats`: a database's headline figures beside the real H&M data's. */
class StatsCommandTest {
    @TempDir
    Path dir;

    private Path hmShaped() throws Exception {
        Path db = dir.resolve("hm.duckdb");
        try (Connection conn = DuckDb.openWritable(db)) {
            DuckDb.execute(conn,
                    "CREATE TABLE articles (article_id VARCHAR, index_group_name VARCHAR)",
                    "INSERT INTO articles VALUES ('01', 'Ladieswear'), ('02', 'Divided')",
                    "CREATE TABLE customers (customer_id VARCHAR, FN DOUBLE, Active DOUBLE, club_member_status VARCHAR,"
                            + " fashion_news_frequency VARCHAR, age INTEGER)",
                    "INSERT INTO customers VALUES ('a', 1.0, NULL, 'ACTIVE', 'NONE', 23), ('b', NULL, NULL, NULL, NULL, NULL)",
                    "CREATE TABLE transactions (t_dat DATE, customer_id VARCHAR, article_id VARCHAR, price DOUBLE,"
                            + " sales_channel_id INTEGER)",
                    "INSERT INTO transactions SELECT DATE '2020-08-03' + CAST(i % 28 AS INTEGER), 'a',"
                            + " CASE WHEN i % 3 = 0 THEN '02' ELSE '01' END, 0.02, 1 + CAST(i % 4 > 0 AS INTEGER)"
                            + " FROM range(280) r(i)");
        }
        return db;
    }

    @Test
    void prints_the_figures_beside_the_real_ones() throws Exception {
        CliRun run = CliRun.of("--db", hmShaped().toString(), "stats");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("this database", "real H&M")
                .containsPattern("2 \\(online\\)\\s+75\\.00%\\s+70\\.40%")
                .containsPattern("20_to_29\\s+50\\.00%\\s+38\\.51%")
                .containsPattern("Baby/Children\\s+-\\s+3\\.83%")
                .containsPattern("full weeks\\s+4\\s+104");
    }

    @Test
    void prints_every_week_when_asked() throws Exception {
        CliRun run = CliRun.of("stats", "--db", hmShaped().toString(), "--weekly");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("2020-08-24\\s+70\\s+1\\.400000");
    }

    @Test
    void prints_json_for_scripts() throws Exception {
        CliRun run = CliRun.of("--db", hmShaped().toString(), "stats", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("transactions").asLong()).isEqualTo(280);
        assertThat(json.get("firstDay").asText()).isEqualTo("2020-08-03");
        assertThat(json.get("salesChannels").get(0).get("share").asDouble()).isEqualTo(0.75);
    }

    @Test
    void says_when_a_database_has_no_hm_tables() throws Exception {
        Path db = dir.resolve("other.duckdb");
        try (Connection conn = DuckDb.openWritable(db)) {
            DuckDb.execute(conn, "CREATE TABLE t (a INTEGER)");
        }
        CliRun run = CliRun.of("--db", db.toString(), "stats");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Not an H&M database", "articles, customers, transactions");
    }
}
