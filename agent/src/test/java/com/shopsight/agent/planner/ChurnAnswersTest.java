package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopsight.agent.answer.Answer;
import com.shopsight.tools.churn.AtRisk;
import com.shopsight.tools.churn.ChurnParams;
import com.shopsight.tools.churn.ChurnResult;
import com.shopsight.tools.churn.ChurnTool;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Churn questions answered by the churn tool: how well the model ranks (AUC on a later
 * period), and the customers most at risk with what drives their risk, as the tool gives them.
 */
class ChurnAnswersTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "which customers are at risk of churning | 20 | 8 | -",
        "churn risk | 20 | 8 | -",
        "show me the at-risk customers | 20 | 8 | -",
        "which clients might we lose | 20 | 8 | -",
        "top 50 customers likely to churn | 50 | 8 | -",
        "who is likely to stop buying in the next 12 weeks | 20 | 12 | -",
        "customers at risk of churning as of June 2020 | 20 | 8 | 2020-06-30",
    })
    void lists_the_customers_most_at_risk_with_the_models_check(String question, int top, int weeks, LocalDate asOf) {
        Answer a = fixture.ask(question);
        String context = ToolAnswers.context(question, a);
        ChurnParams expected = ChurnParams.defaults().withTop(top).withChurnWeeks(weeks);
        expected = asOf == null ? expected : expected.asOf(asOf);
        assertThat(ToolAnswers.step(a, "churn").input()).as(context).isEqualTo(ToolAnswers.input(expected));

        ChurnResult.ChurnRisk direct = (ChurnResult.ChurnRisk) new ChurnTool(fixture.gate).run(expected);
        TableAssert.sameRows(a.table(), ChurnExecutor.table(direct.atRisk()).rows(), context);
        assertThat(a.table().rows()).hasSize(top);
        AtRisk first = direct.atRisk().get(0);
        assertThat(a.answer()).as(context)
                .contains(String.format(Locale.ROOT, "ROC AUC **%.2f**", direct.evaluation().auc()))
                .contains("1. `" + first.customerId().substring(0, 12) + "…` **" + Numbers.percent(first.risk()) + "**")
                .contains("buying nothing in the " + weeks + " weeks after " + direct.today());
    }

    @Test
    void the_planted_churners_make_the_model_rank_well_above_chance() {
        Answer a = fixture.ask("which customers are at risk of churning");
        assertThat(a.answer()).containsPattern("ROC AUC \\*\\*0\\.[6-9]\\d\\*\\*");
        assertThat(a.answer()).contains("Highest risk now:\n\n1. `");
    }

    @Test
    void conditions_the_model_cannot_hold_are_named_and_the_list_covers_everyone() {
        Answer a = fixture.ask("churn risk among club members");
        assertThat(ToolAnswers.step(a, "churn").input()).isEqualTo(ToolAnswers.input(ChurnParams.defaults()));
        assertThat(a.notices()).anyMatch(n -> n.contains("it cannot be limited to club members, so the list covers all of them"));
    }

    @Test
    void top_20_instead_lists_more_of_the_same_customers() {
        Answer first = fixture.ask("which customers are at risk of churning");
        Answer more = fixture.ask("top 30 instead", first.conversationId());
        assertThat(ToolAnswers.step(more, "churn").input()).isEqualTo(ToolAnswers.input(ChurnParams.defaults().withTop(30)));
        // Same customers in the same order; the risks agree to rounding (DuckDB sums features in parallel).
        assertThat(more.table().rows().subList(0, 20)).extracting(row -> row.get(0))
                .containsExactlyElementsOf(first.table().rows().stream().map(row -> row.get(0)).toList());
        for (int i = 0; i < 20; i++) {
            assertThat(((Number) more.table().rows().get(i).get(1)).doubleValue())
                    .isCloseTo(((Number) first.table().rows().get(i).get(1)).doubleValue(), within(1e-9));
        }
    }
}
