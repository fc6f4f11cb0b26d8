package com.shopsight.agent.eval;

import static com.shopsight.agent.eval.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.agent.answer.Usage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerChecksTest {
    private static final Table FORECAST = Tables.of("period, point, lo80, hi80",
            row("2020-09-28", 120.5, 100.0, 140.0), row("2020-10-05", 118.0, 95.0, 141.0));

    private static Answer answer(String tool, Table table, JsonNode chart) {
        Step step = new Step(tool, JsonNodeFactory.instance.objectNode(), null, null, 1, null);
        return new Answer("a", "q", "c", Mode.OFFLINE, null, "text", List.of(step), table, chart, null, "read", List.of(),
                Usage.offline(1));
    }

    private static Checks checks(String tool, Range rows, List<String> columns, String chart, Map<String, Range> values,
            List<String> contains) {
        return new Checks(tool, rows, columns, chart, values, contains);
    }

    @Test
    void passes_an_answer_that_meets_every_check() {
        Checks c = checks("forecast", new Range(2.0, 4.0), List.of("point|forecast", "lo80|lower"), null,
                Map.of("point", new Range(0.0, null)), List.of("2020-09-28"));

        assertThat(AnswerChecks.failures(c, answer("forecast_tool", FORECAST, null))).isEmpty();
    }

    @Test
    void names_the_tool_the_answer_used_instead() {
        Checks c = checks("forecast", null, null, null, null, null);

        assertThat(AnswerChecks.failures(c, answer("sql", FORECAST, null)))
                .containsExactly("expected the forecast tool; the steps used [sql]");
    }

    @Test
    void matches_tool_names_by_their_letters_and_without_a_plural() {
        assertThat(AnswerChecks.usedTool(answer("customer_segment", null, null), "segments")).isTrue();
        assertThat(AnswerChecks.usedTool(answer("ProductReport", null, null), "report")).isTrue();
        assertThat(AnswerChecks.usedTool(answer("sql", null, null), "report")).isFalse();
    }

    @Test
    void checks_the_row_count_against_its_range() {
        Checks c = checks(null, new Range(4.0, null), null, null, null, null);

        assertThat(AnswerChecks.failures(c, answer("x", FORECAST, null))).containsExactly("expected 4.. rows, the answer has 2");
        assertThat(AnswerChecks.failures(c, answer("x", null, null))).containsExactly("expected 4.. rows, the answer has no table");
    }

    @Test
    void finds_columns_by_any_of_their_names_as_part_of_the_column_name() {
        Checks c = checks(null, null, List.of("upper|hi80", "customer_id"), null, null, null);

        assertThat(AnswerChecks.failures(c, answer("x", FORECAST, null)))
                .containsExactly("expected a column named like customer_id; the table has period, point, lo80, hi80");
    }

    @Test
    void wants_every_number_of_a_column_in_range() {
        Checks c = checks(null, null, null, null, Map.of("lo80", new Range(96.0, null)), null);

        assertThat(AnswerChecks.failures(c, answer("x", FORECAST, null)))
                .containsExactly("expected every lo80 in 96..; found 95");
    }

    @Test
    void finds_a_value_in_a_cell_or_within_a_cells_text() {
        Table rules = Tables.of("antecedent, consequent, lift", row("[Bikini top]", "[Swimwear bottom]", 4.2));

        assertThat(AnswerChecks.failures(checks(null, null, null, null, null, List.of("swimwear bottom", "4.2")),
                answer("basket", rules, null))).isEmpty();
        assertThat(AnswerChecks.failures(checks(null, null, null, null, null, List.of("Bra")), answer("basket", rules, null)))
                .containsExactly("expected a cell equal to 'Bra' in the table");
    }

    @Test
    void reads_chart_marks_through_layers_and_takes_any_of_several() throws Exception {
        JsonNode layered = new ObjectMapper().readTree("""
                {"layer": [{"mark": {"type": "area", "opacity": 0.3}}, {"mark": "line"}]}""");

        assertThat(AnswerChecks.marks(layered)).containsExactly("area", "line");
        assertThat(AnswerChecks.failures(checks(null, null, null, "line", null, null), answer("x", null, layered))).isEmpty();
        assertThat(AnswerChecks.failures(checks(null, null, null, "arc|bar", null, null), answer("x", null, layered)))
                .containsExactly("expected a arc|bar chart; the answer has marks [area, line]");
        assertThat(AnswerChecks.failures(checks(null, null, null, "bar", null, null), answer("x", null, null)))
                .containsExactly("expected a bar chart; the answer has no chart");
    }
}
