package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight tool forecast|segments|churn` on a copy of the tiny dataset. */
class ToolCommandTest {
    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void copy() {
        db = TinyDataset.copyTo(dir).toString();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void forecast_with_filters_prints_the_forecast_the_backtest_and_the_sql() {
        CliRun run = CliRun.of("--db", db, "tool", "forecast", "--product-type", "Trousers", "--metric", "units");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Forecast of units sold per week, product type Trousers", "80% interval", "Backtest",
                "seasonal_naive", "SQL:", "date_trunc('week', t.t_dat)");
    }

    @Test
    void forecast_of_a_query_prints_the_documented_json() throws Exception {
        String sql = "SELECT make_date(2010 + CAST(floor(i / 12) AS INTEGER), CAST(i % 12 AS INTEGER) + 1, 1) AS period,"
                + " 100 + i + 20 * sin(i * pi() / 6) AS value FROM range(72) AS r(i)";

        CliRun run = CliRun.of("--db", db, "tool", "forecast", "--sql", sql, "--season", "12", "--horizon", "24", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = json(run.out());
        assertThat(j.get("forecast")).hasSize(24);
        assertThat(j.get("forecast").get(0).fieldNames()).toIterable().containsExactly("period", "point", "lo80", "hi80", "lo95", "hi95");
        assertThat(j.get("forecast").get(0).get("period").asText()).isEqualTo("2016-01-01");
        assertThat(j.get("method").asText()).startsWith("holt_winters");
        assertThat(j.get("backtest").get("rows").size()).isGreaterThan(5);
        assertThat(j.get("sql").get(0).asText()).isEqualTo(sql);
    }

    @Test
    void an_unknown_product_type_exits_4_with_the_closest_names() {
        CliRun run = CliRun.of("--db", db, "tool", "forecast", "--product-type", "Trousrs");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("unknown_value: No product type 'Trousrs'.", "Trousers");
    }

    @Test
    void a_failure_in_json_is_a_json_result_too() throws Exception {
        CliRun run = CliRun.of("--db", db, "tool", "forecast", "--sql", "SELECT period, value FROM nowhere", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(4);
        JsonNode j = json(run.out());
        assertThat(j.get("status").asText()).isEqualTo("failed");
        assertThat(j.get("problem").get("kind").asText()).isEqualTo("sql_rejected");
    }

    @Test
    void a_horizon_of_500_is_wrong_usage() {
        CliRun run = CliRun.of("--db", db, "tool", "forecast", "--horizon", "500");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("horizon must be between 1 and 52 periods, not 500");
    }

    @Test
    void segments_buyers_shows_young_divided_buyers_over_indexed() {
        CliRun run = CliRun.of("--db", db, "tool", "segments", "buyers", "--index-group", "Divided");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Buyers of index group Divided", "Likely customer segments").containsPattern("age band\\s+<25\\s+index");
    }

    @Test
    void segments_rfm_and_clusters_print_json() throws Exception {
        CliRun rfm = CliRun.of("--db", db, "tool", "segments", "rfm", "--format", "json");
        CliRun clusters = CliRun.of("--db", db, "tool", "segments", "clusters", "--sample", "1000", "--max-k", "4", "--format", "json");

        assertThat(rfm.exitCode()).as(rfm.err()).isZero();
        assertThat(json(rfm.out()).get("segments")).hasSize(10);
        assertThat(clusters.exitCode()).as(clusters.err()).isZero();
        assertThat(json(clusters.out()).get("k").asInt()).isBetween(2, 4);
    }

    @Test
    void churn_lists_the_customers_most_at_risk_with_the_evaluation() throws Exception {
        CliRun table = CliRun.of("--db", db, "tool", "churn", "--top", "3");
        CliRun js = CliRun.of("--db", db, "tool", "churn", "--top", "3", "--format", "json");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("ROC AUC", "because:");
        assertThat(json(js.out()).get("atRisk")).hasSize(3);
        assertThat(json(js.out()).get("evaluation").get("auc").asDouble()).isGreaterThan(0.6);
    }

    @Test
    void an_unknown_segmentation_is_wrong_usage() {
        CliRun run = CliRun.of("--db", db, "tool", "segments", "personas");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown analysis 'personas'");
    }
}
