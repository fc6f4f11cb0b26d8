package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.chart.VegaLiteSchema;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight tool basket|chart|search|report`: the documented command lines, their output and exit codes. */
class ToolCommandsTest {
    @TempDir
    static Path folder;

    private static String db;

    @BeforeAll
    static void copyDatabase() {
        db = TinyDataset.copyTo(folder).toString();
    }

    static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void basket_rules_of_any_query_as_json() throws Exception {
        CliRun run = CliRun.of("--db", db, "tool", "basket", "--sql",
                "SELECT customer_id || t_dat AS basket_id, product_type_name AS item FROM transactions JOIN articles USING (article_id)",
                "--min-support", "0.01", "--min-confidence", "0.3", "--max-size", "10", "--max-rules", "1000000", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rule = json(run).path("rules").get(0);
        assertThat(rule.fieldNames()).toIterable()
                .containsExactly("antecedent", "consequent", "support", "support_count", "confidence", "lift", "leverage", "conviction");
        assertThat(rule.path("confidence").asDouble()).isGreaterThanOrEqualTo(0.3);
    }

    @Test
    void basket_what_sells_with_bikini_tops_as_a_table() {
        CliRun run = CliRun.of("--db", db, "tool", "basket", "--level", "product_type", "--item", "Bikini top",
                "--min-support", "0.001", "--max-size", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Bikini top", "Swimwear bottom", "SQL:");
        assertThat(run.out().lines().filter(l -> l.startsWith("Bikini top ")).findFirst().orElseThrow()).contains("Swimwear bottom");
    }

    @Test
    void basket_an_unknown_item_exits_4_with_suggestions() {
        CliRun run = CliRun.of("--db", db, "tool", "basket", "--level", "product_type", "--item", "Bikini tops", "--min-support", "0.001");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("no basket holds the item 'Bikini tops'", "did you mean: Bikini top");
    }

    @Test
    void basket_an_impossible_threshold_is_a_usage_error() {
        CliRun run = CliRun.of("--db", db, "tool", "basket", "--min-support", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("min support must be above 0 and at most 1");
    }

    @Test
    void search_prints_what_it_found_and_what_it_could_not_match() {
        CliRun run = CliRun.of("--db", db, "tool", "search", "Nike running shoes", "--embeddings", "off", "--limit", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("No brand 'Nike' in the catalogue; the closest running shoes articles are shown.")
                .contains("Sneakers", "SQL (the catalogue, read once)");
    }

    @Test
    void search_nothing_found_exits_4() throws Exception {
        CliRun run = CliRun.of("--db", db, "tool", "search", "xyzzy qwerty", "--embeddings", "off", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(json(run).path("status").asText()).isEqualTo("nothing_found");
    }

    @Test
    void chart_prints_a_valid_vega_lite_spec() throws Exception {
        CliRun run = CliRun.of("--db", db, "tool", "chart", "--sql",
                "SELECT date_trunc('week', t_dat) AS week, count(*) AS units FROM transactions GROUP BY 1 ORDER BY 1", "--format", "spec");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode spec = json(run);
        assertThat(VegaLiteSchema.problems(spec)).isEmpty();
        assertThat(spec.at("/mark/type").asText()).isEqualTo("line");
    }

    @Test
    void chart_of_text_as_a_measure_exits_4_and_says_why() {
        CliRun run = CliRun.of("--db", db, "tool", "chart", "--sql", "SELECT index_group_name, index_name FROM articles",
                "--kind", "bar", "--x", "index_group_name", "--y", "index_name");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("cannot draw this: the measure index_name holds text, not numbers");
    }

    @Test
    void report_prints_the_sections_and_the_recommendations() {
        CliRun run = CliRun.of("--db", db, "tool", "report", "--product-type", "Bikini top");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Product report: product type Bikini top, as of ")
                .contains("Lifecycle: ", "Forecast (", "Channels: ", "Repeat purchase: ", "Sells with:", "Swimwear bottom",
                        "Recommendations:", "because ");
    }

    @Test
    void report_on_an_unknown_type_exits_4_with_the_closest_types() throws Exception {
        CliRun run = CliRun.of("--db", db, "tool", "report", "--product-type", "Bikini tops", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(json(run).at("/problem/hint").asText()).contains("Bikini top");
    }
}
