package com.shopsight.tools.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of chart is a valid Vega-Lite spec of the rendered version, and says what a reader needs. */
class ChartToolTest {
    private final ChartTool tool = new ChartTool();

    static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    static ChartTable weekly() {
        List<List<Object>> rows = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            rows.add(row(LocalDate.of(2020, 6, 1).plusWeeks(w), "online", 100L + 7 * w));
            rows.add(row(LocalDate.of(2020, 6, 1).plusWeeks(w), "in store", 60L + 3 * w));
        }
        return new ChartTable(List.of("week", "channel", "units"), rows, "SELECT ...");
    }

    static ChartTable forecast() {
        List<List<Object>> rows = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            rows.add(row(LocalDate.of(2020, 7, 6).plusWeeks(w), 120.0 + w, null, null, "history"));
        }
        for (int w = 10; w < 14; w++) {
            rows.add(row(LocalDate.of(2020, 7, 6).plusWeeks(w), 130.0, 110.0 - w, 150.0 + w, "forecast"));
        }
        return new ChartTable(List.of("week", "units", "lower", "upper", "part"), rows, null);
    }

    static ChartTable ranking(int parts) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            rows.add(row("Type " + (char) ('A' + i), (long) (1000 - 37 * i)));
        }
        return new ChartTable(List.of("product_type_name", "units"), rows, null);
    }

    static ChartTable twoDimensions(int xs, int ys) {
        List<List<Object>> rows = new ArrayList<>();
        for (int x = 0; x < xs; x++) {
            for (int y = 0; y < ys; y++) {
                rows.add(row("x" + x, "y" + y, (long) (x * 10 + y)));
            }
        }
        return new ChartTable(List.of("age_band", "section_name", "units"), rows, null);
    }

    static ChartTable twoMeasures() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(row("Type " + i, 0.01 + i / 1000.0, (long) (500 - 20 * i), 0.05 * (i % 10)));
        }
        return new ChartTable(List.of("product_type_name", "avg_price", "units", "repeat_rate"), rows, null);
    }

    ChartResult.Chart draw(ChartTable table, Shows shows) {
        ChartResult result = tool.run(ChartParams.of(table, shows));
        assertThat(result).isInstanceOf(ChartResult.Chart.class);
        ChartResult.Chart chart = (ChartResult.Chart) result;
        assertThat(VegaLiteSchema.problems(chart.spec())).as(chart.spec().toPrettyString()).isEmpty();
        assertThat(chart.spec().path("title").path("text").asText()).isNotBlank();
        return chart;
    }

    @Test
    void a_time_series_is_lines_over_utc_dates_with_one_line_per_series() {
        ChartResult.Chart c = draw(weekly(), new Shows.TimeSeries("week", "units", "channel"));
        assertThat(c.kind()).isEqualTo("line");
        JsonNode x = c.spec().at("/encoding/x");
        assertThat(x.path("type").asText()).isEqualTo("temporal");
        assertThat(x.at("/timeUnit/utc").asBoolean()).isTrue();
        assertThat(x.at("/axis/format").asText()).isEqualTo("%d %b %Y");
        assertThat(c.spec().at("/encoding/color/field").asText()).isEqualTo("channel");
        assertThat(c.spec().at("/encoding/y/axis/format").asText()).isEqualTo(",.0f");
        assertThat(c.spec().at("/encoding/tooltip")).hasSize(3);
        assertThat(c.spec().at("/data/values")).hasSize(24);
        assertThat(c.spec().at("/data/values/0/week").asText()).isEqualTo("2020-06-01");
        assertThat(c.sql()).isEqualTo("SELECT ...");
    }

    @Test
    void a_forecast_is_a_solid_history_and_a_dashed_forecast_over_an_interval_band() {
        ChartResult.Chart c = draw(forecast(), new Shows.Forecast("week", "units", "lower", "upper", "part"));
        assertThat(c.kind()).isEqualTo("forecast");
        JsonNode band = c.spec().at("/layer/0");
        assertThat(band.at("/mark/type").asText()).isEqualTo("area");
        assertThat(band.at("/encoding/y/field").asText()).isEqualTo("lower");
        assertThat(band.at("/encoding/y2/field").asText()).isEqualTo("upper");
        JsonNode line = c.spec().at("/layer/1");
        assertThat(line.at("/encoding/strokeDash/scale/domain").toString()).isEqualTo("[\"history\",\"forecast\"]");
        assertThat(line.at("/encoding/strokeDash/scale/range").toString()).isEqualTo("[[1,0],[6,4]]");
    }

    @Test
    void a_ranking_is_horizontal_bars_sorted_largest_first() {
        ChartResult.Chart c = draw(ranking(15), new Shows.Ranking("product_type_name", "units"));
        assertThat(c.kind()).isEqualTo("bar");
        assertThat(c.spec().at("/encoding/y/sort").asText()).isEqualTo("-x");
        assertThat(c.spec().at("/encoding/y/title").asText()).isEqualTo("Product type name");
    }

    @Test
    void two_dimensions_are_grouped_or_stacked_bars() {
        ChartResult.Chart grouped = draw(twoDimensions(5, 2), new Shows.Breakdown("age_band", "section_name", "units", false));
        assertThat(grouped.kind()).isEqualTo("grouped_bar");
        assertThat(grouped.spec().at("/encoding/xOffset/field").asText()).isEqualTo("section_name");
        ChartResult.Chart stacked = draw(twoDimensions(5, 2), new Shows.Breakdown("age_band", "section_name", "units", true));
        assertThat(stacked.kind()).isEqualTo("stacked_bar");
        assertThat(stacked.spec().at("/encoding/xOffset").isMissingNode()).isTrue();
    }

    @Test
    void a_share_of_six_parts_is_an_arc_in_percent() {
        ChartResult.Chart c = draw(ranking(6), new Shows.Share("product_type_name", "units"));
        assertThat(c.kind()).isEqualTo("arc");
        assertThat(c.spec().at("/encoding/tooltip/2/format").asText()).isEqualTo(".1%");
        double total = 0;
        for (JsonNode v : c.spec().at("/data/values")) {
            total += v.path("share").asDouble();
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_share_of_seven_parts_becomes_sorted_bars_in_percent() {
        ChartResult.Chart c = draw(ranking(7), new Shows.Share("product_type_name", "units"));
        assertThat(c.kind()).isEqualTo("bar");
        assertThat(c.spec().at("/encoding/x/field").asText()).isEqualTo("share");
        assertThat(c.spec().at("/encoding/x/axis/format").asText()).isEqualTo(".1%");
        assertThat(c.notes()).anyMatch(n -> n.contains("too many for a pie"));
    }

    @Test
    void two_measures_are_points_with_a_label_in_the_tooltip() {
        ChartResult.Chart c = draw(twoMeasures(), new Shows.Scatter("avg_price", "units", "product_type_name", null));
        assertThat(c.kind()).isEqualTo("point");
        assertThat(c.spec().at("/encoding/tooltip/0/field").asText()).isEqualTo("product_type_name");
        assertThat(c.spec().at("/encoding/x/axis/format").asText()).isEqualTo(",.3~r");
    }

    @Test
    void a_measure_over_two_dimensions_is_a_heatmap() {
        ChartResult.Chart c = draw(twoDimensions(7, 8), new Shows.Heatmap("age_band", "section_name", "units"));
        assertThat(c.kind()).isEqualTo("heatmap");
        assertThat(c.spec().at("/mark/type").asText()).isEqualTo("rect");
        assertThat(c.spec().at("/encoding/color/type").asText()).isEqualTo("quantitative");
    }

    @Test
    void a_share_named_column_between_zero_and_one_is_formatted_in_percent() {
        ChartResult.Chart c = draw(twoMeasures(), new Shows.Ranking("product_type_name", "repeat_rate"));
        assertThat(c.spec().at("/encoding/x/axis/format").asText()).isEqualTo(".1%");
    }

    @Test
    void monthly_dates_are_labelled_by_month() {
        List<List<Object>> rows = List.of(row(LocalDate.of(2020, 1, 1), 5L), row(LocalDate.of(2020, 2, 1), 7L));
        ChartResult.Chart c = draw(new ChartTable(List.of("month", "units"), rows, null), new Shows.Auto());
        assertThat(c.spec().at("/encoding/x/axis/format").asText()).isEqualTo("%b %Y");
        assertThat(c.spec().at("/encoding/x/timeUnit/unit").asText()).isEqualTo("yearmonth");
    }

    @Test
    void auto_picks_the_chart_from_the_column_kinds() {
        assertThat(draw(weekly(), new Shows.Auto()).kind()).isEqualTo("line");
        assertThat(draw(forecast(), new Shows.Auto()).kind()).isEqualTo("forecast");
        assertThat(draw(ranking(10), new Shows.Auto()).kind()).isEqualTo("bar");
        assertThat(draw(twoDimensions(5, 2), new Shows.Auto()).kind()).isEqualTo("grouped_bar");
        assertThat(draw(twoDimensions(7, 8), new Shows.Auto()).kind()).isEqualTo("heatmap");
        List<List<Object>> points = List.of(row(1.0, 2.0), row(2.0, 3.5));
        assertThat(draw(new ChartTable(List.of("a", "b"), points, null), new Shows.Auto()).kind()).isEqualTo("point");
    }

    @Test
    void data_beyond_the_cap_is_left_out_and_said_so() {
        ChartResult result = tool.run(ChartParams.of(ranking(20), new Shows.Ranking("product_type_name", "units")).withMaxRows(5));
        ChartResult.Chart c = (ChartResult.Chart) result;
        assertThat(c.spec().at("/data/values")).hasSize(5);
        assertThat(c.rows()).isEqualTo(5);
        assertThat(c.tableRows()).isEqualTo(20);
        assertThat(c.notes()).containsExactly("The chart shows the first 5 of 20 rows.");
        assertThat(c.spec().at("/title/subtitle").asText()).isEqualTo("first 5 of 20 rows");
        assertThat(VegaLiteSchema.problems(c.spec())).isEmpty();
    }

    @Test
    void field_names_with_dots_are_escaped_so_vega_lite_does_not_read_them_as_nesting() {
        List<List<Object>> rows = List.of(row("a", 1L), row("b", 2L));
        ChartResult.Chart c = draw(new ChartTable(List.of("t.name", "count_star()"), rows, null), new Shows.Auto());
        assertThat(c.spec().at("/encoding/y/field").asText()).isEqualTo("t\\.name");
        assertThat(c.spec().at("/data/values/0").has("t.name")).isTrue();
    }

    @Test
    void the_schema_rejects_a_broken_spec() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("{\"mark\": \"pie\", \"encoding\": {\"x\": {\"field\": \"a\", \"type\": \"sideways\"}}}");
        assertThat(VegaLiteSchema.problems(broken)).isNotEmpty();
    }

    @Test
    void a_table_that_cannot_be_drawn_as_asked_says_why() {
        ChartTable texts = new ChartTable(List.of("a", "b"), List.of(row("x", "y")), null);
        assertThat(tool.run(ChartParams.of(texts, new Shows.Ranking("a", "b"))))
                .isEqualTo(new ChartResult.NotCharted("the measure b holds text, not numbers", null));
        assertThat(tool.run(ChartParams.of(texts, new Shows.Auto()))).isInstanceOf(ChartResult.NotCharted.class);
        ChartTable empty = new ChartTable(List.of("a", "b"), List.of(), null);
        assertThat(tool.run(ChartParams.of(empty, new Shows.Auto())))
                .isEqualTo(new ChartResult.NotCharted("the table has no rows to draw", null));
        ChartTable negative = new ChartTable(List.of("a", "b"), List.of(row("x", -1L), row("y", 3L)), null);
        assertThat(tool.run(ChartParams.of(negative, new Shows.Share("a", "b"))))
                .isInstanceOf(ChartResult.NotCharted.class);
    }

    @Test
    void a_column_the_table_lacks_is_a_wrong_argument() {
        assertThatThrownBy(() -> ChartParams.of(ranking(3), new Shows.Ranking("type", "units")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the table has no column type; its columns are product_type_name, units");
    }

    @Test
    void a_result_serialises_to_json_with_the_spec_inline() throws Exception {
        ChartResult.Chart c = draw(ranking(3), new Shows.Ranking("product_type_name", "units"));
        JsonNode json = new ObjectMapper().valueToTree(c);
        assertThat(json.path("status").asText()).isEqualTo("chart");
        assertThat(json.at("/spec/mark/type").asText()).isEqualTo("bar");
    }
}
