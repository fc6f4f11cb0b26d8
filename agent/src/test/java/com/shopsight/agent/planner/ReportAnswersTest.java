package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.tools.chart.VegaLiteSchema;
import com.shopsight.tools.report.Recommendation;
import com.shopsight.tools.report.ReportParams;
import com.shopsight.tools.report.ReportResult;
import com.shopsight.tools.report.ReportSubject;
import com.shopsight.tools.report.ReportTool;
import com.shopsight.tools.testing.Sql;
import java.sql.Connection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Product reports answered by the report tool: a product type as it is, a product name by its
 * best-selling article (found first, and said so); the answer lists the report's sections and
 * the tool's own recommendations.
 */
class ReportAnswersTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();
    static final Connection hand = fixture.hand();

    @Test
    void a_product_type_is_reported_with_every_section_and_the_tools_recommendations() {
        Answer a = fixture.ask("tell me about trousers");
        ReportParams expected = ReportParams.of(new ReportSubject.ProductType("Trousers"));
        assertThat(ToolAnswers.step(a, "report").input()).isEqualTo(ToolAnswers.input(expected));
        ReportResult.ProductReport direct = (ReportResult.ProductReport) new ReportTool(fixture.gate).run(expected);
        TableAssert.sameRows(a.table(), ReportText.table(direct).rows(), a.answer());
        assertThat(a.answer()).startsWith("**Product report: product type Trousers, as of 2020-09-22**")
                .contains("- **Lifecycle: " + direct.lifecycle().stage().code() + "**", "- **Forecast**", "- **Buyers**",
                        "- **Channels**", "- **Repeat buyers**", "- **Sells with**", "**Recommendations**");
        for (Recommendation r : direct.recommendations()) {
            assertThat(a.answer()).contains(r.action() + " (" + r.because() + ")");
        }
        assertThat(ChartsTest.kind(a.chart())).isEqualTo("forecast");
        assertThat(VegaLiteSchema.problems(a.chart())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "report on Trousers | Trousers",
        "product report for bikini tops | Bikini top",
        "how are hoodies doing? | Hoodie",
        "give me an overview of sneakers | Sneakers",
        "deep dive on dresess | Dress",
        "tell me everything about the sweaters, please | Sweater",
    })
    void a_product_type_is_reported_however_it_is_asked(String question, String type) {
        Answer a = fixture.ask(question);
        assertThat(ToolAnswers.step(a, "report").input()).as(ToolAnswers.context(question, a))
                .isEqualTo(ToolAnswers.input(ReportParams.of(new ReportSubject.ProductType(type))));
        assertThat(a.answer()).startsWith("**Product report: product type " + type + ", as of 2020-09-22**");
        assertThat(a.table().rows()).isNotEmpty();
    }

    @Test
    void a_product_name_is_reported_on_its_best_selling_article_and_says_so() {
        Answer a = fixture.ask("report on Ines HW Skinny Denim trousers");
        Object best = Sql.scalar(hand, """
                SELECT article_id FROM transactions JOIN articles USING (article_id)
                WHERE prod_name = 'Ines HW Skinny Denim trousers' GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT 1""");
        Step step = ToolAnswers.step(a, "report");
        assertThat(step.input()).isEqualTo(ToolAnswers.input(ReportParams.of(new ReportSubject.Article(best.toString()))));
        assertThat(a.steps()).extracting(Step::tool).containsExactly("planner", "sql", "report");
        assertThat(a.notices()).anyMatch(n -> n.startsWith("Ines HW Skinny Denim trousers is the name of 4 articles")
                && n.contains("article " + best));
        assertThat(a.answer()).startsWith("**Product report: article " + best + " Ines HW Skinny Denim trousers");
    }

    @Test
    void a_past_day_and_a_horizon_set_the_reports_day_and_forecast() {
        Answer a = fixture.ask("report on bikini tops as of june 2020 for the next 8 weeks");
        assertThat(ToolAnswers.step(a, "report").input()).isEqualTo(ToolAnswers.input(
                new ReportParams(new ReportSubject.ProductType("Bikini top"), LocalDate.of(2020, 6, 30), 8)));
        assertThat(a.answer()).startsWith("**Product report: product type Bikini top, as of 2020-06-30**")
                .contains("units in the next 8 weeks");
    }

    @Test
    void without_a_product_the_answer_asks_for_one() {
        Answer a = fixture.ask("give me a report");
        assertThat(a.answer()).startsWith("Which product should the report be on?");
        assertThat(a.steps()).extracting(Step::tool).containsExactly("planner");
    }
}
