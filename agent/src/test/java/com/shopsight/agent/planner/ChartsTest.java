package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Answer;
import com.shopsight.tools.chart.VegaLiteSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every answer's chart comes from the chart tool, fits what the question shows, and is valid
 * against the official Vega-Lite schema the page renders with.
 */
class ChartsTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();

    /** What a spec draws: its mark type, or "forecast" for the layered line and band. */
    static String kind(JsonNode spec) {
        if (spec.has("layer")) {
            return spec.get("layer").size() == 2 && "area".equals(spec.get("layer").get(0).path("mark").path("type").asText())
                    ? "forecast" : "layer";
        }
        JsonNode mark = spec.get("mark");
        return mark.isTextual() ? mark.asText() : mark.path("type").asText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "top 5 colours by revenue | bar | y",
        "weekly sales of trousers over the last 12 weeks | line | x",
        "monthly revenue online vs in store in 2020 | line | x",
        "this year vs last year by month | line | x",
        "revenue by index group | bar | y",
        "what share of sales is online | arc | theta",
        "share of revenue by index group | arc | theta",
        "units sold and revenue by product type | point | x",
        "revenue by index group and channel | bar | x",
        "online vs in store | bar | y",
        "top 10 products among teenagers | bar | y",
        "yearly revenue | line | x",
    })
    void each_answer_gets_the_chart_that_fits_it_valid_against_the_schema(String question, String kind, String channel) {
        Answer a = fixture.ask(question);
        assertThat(a.chart()).as(a.understood()).isNotNull();
        assertThat(kind(a.chart())).as(a.understood()).isEqualTo(kind);
        assertThat(a.chart().path("encoding").has(channel)).as(a.chart().toString()).isTrue();
        assertThat(VegaLiteSchema.problems(a.chart())).as(a.chart().toString()).isEmpty();
    }

    @Test
    void a_ranking_is_sorted_largest_first_and_products_are_told_apart_by_article_id() {
        Answer a = fixture.ask("top 10 products by revenue");
        assertThat(a.chart().at("/encoding/y/sort").asText()).isEqualTo("-x");
        assertThat(a.chart().at("/encoding/y/field").asText()).isEqualTo("label");
        assertThat(a.chart().at("/data/values/0/label").asText()).endsWith("(" + a.table().rows().get(0).get(0) + ")");
    }

    @Test
    void a_series_runs_along_time() {
        Answer a = fixture.ask("weekly sales of trousers over the last 12 weeks");
        assertThat(a.chart().at("/encoding/x/type").asText()).isEqualTo("temporal");
    }

    @Test
    void a_single_figure_makes_no_chart_and_as_a_chart_says_why() {
        Answer first = fixture.ask("how many club members");
        assertThat(first.chart()).isNull();
        Answer chart = fixture.ask("as a chart", first.conversationId());
        assertThat(chart.chart()).isNull();
        assertThat(chart.notices()).contains("A single figure makes no chart; ask for it by a dimension or over time to see one.");
    }

    @Test
    void a_forecast_is_drawn_as_history_and_forecast_with_its_band() {
        Answer a = fixture.ask("forecast trousers");
        assertThat(kind(a.chart())).isEqualTo("forecast");
        assertThat(a.chart().at("/layer/1/encoding/strokeDash/scale/domain").toString()).isEqualTo("[\"history\",\"forecast\"]");
        assertThat(VegaLiteSchema.problems(a.chart())).isEmpty();
    }

    @Test
    void as_a_chart_after_a_tool_answer_draws_it_again() {
        Answer first = fixture.ask("forecast dresses for the next 8 weeks");
        Answer chart = fixture.ask("as a chart", first.conversationId());
        assertThat(chart.understood()).isEqualTo("forecast, next 8 weeks, units sold, product type Dress, as a chart");
        assertThat(kind(chart.chart())).isEqualTo("forecast");
        assertThat(chart.table()).isEqualTo(first.table());
    }

    @Test
    void a_pie_chart_is_an_arc_of_the_parts_shares() {
        Answer a = fixture.ask("pie chart of sales by channel");
        assertThat(kind(a.chart())).isEqualTo("arc");
        assertThat(VegaLiteSchema.problems(a.chart())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "who buys Divided | index",
        "rfm segments | customers",
        "which customers are at risk of churning | risk",
    })
    void tool_answers_rank_their_rows_as_sorted_bars(String question, String measure) {
        Answer a = fixture.ask(question);
        assertThat(kind(a.chart())).isEqualTo("bar");
        assertThat(a.chart().at("/encoding/x/field").asText()).isEqualTo(measure);
        assertThat(VegaLiteSchema.problems(a.chart())).isEmpty();
    }
}
