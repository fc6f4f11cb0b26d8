package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions for the analytic tools: the planner reads which tool, with which subject, horizon
 * and scope; while a tool is not part of the build, the answer says so and runs nothing.
 */
class ToolIntentsTest {
    static PlannerFixture fixture;

    @BeforeAll
    static void open() {
        fixture = new PlannerFixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "forecast Trousers for the next 4 weeks | forecast | - | 4 | weeks | product type Trousers",
        "predict sales of dresses next month | forecast | - | 1 | months | product type Dress",
        "what will we sell online over the next 12 weeks, forecast please | forecast | - | 12 | weeks | online",
        "forecast revenue of ladieswear | forecast | - | - | - | index group Ladieswear",
        "who buys bikini tops | segments | - | - | - | product type Bikini top",
        "customer segments for young customers | segments | - | - | - | customers under 25",
        "which customers are at risk of churning | churn | - | - | - | ''",
        "churn risk among club members | churn | - | - | - | club members",
        "what sells with bikini tops? | basket | - | - | - | product type Bikini top",
        "what is frequently bought together with trousers | basket | - | - | - | product type Trousers",
        "find black summer dresses | search | black summer dresses | - | - | ''",
        "search for linen shirts | search | linen shirts | - | - | ''",
        "report on Jade HW Skinny Denim TRS | report | Jade HW Skinny Denim TRS | - | - | product Jade HW Skinny Denim TRS",
        "tell me about Kevin sweater | report | Kevin sweater | - | - | product Kevin sweater",
    })
    void reads_which_tool_with_what(String question, String tool, String subject, Integer horizon, String unit,
            String scope) {
        SemanticQuery q = Stages.query(question);
        assertThat(q.intent()).isEqualTo(Intent.TOOL);
        assertThat(q.tool()).isEqualTo(new ToolRequest(tool, subject, horizon, unit));
        assertThat(new Labels(Stages.MODEL).conditions(q.conditions())).isEqualTo(scope);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "how many club members do we have | customers, club members, all time",
        "who bought trousers last week by age band | units sold, by age band, product type Trousers, last week (2020-09-16 to 2020-09-22)",
        "find the top 5 colours by revenue | revenue, top 5 colours, all time",
        "show me products popular with young customers | units sold, top 10 products, customers under 25, all time",
    })
    void reads_questions_worded_like_a_lookup_as_figures_when_they_ask_for_figures(String question, String understood) {
        assertThat(Stages.read(question)).isEqualTo(understood);
    }

    @Test
    void says_plainly_when_a_tool_is_not_in_the_build_and_runs_nothing() {
        Answer a = fixture.ask("forecast Trousers for the next 4 weeks");
        assertThat(a.understood()).startsWith("forecast, next 4 weeks");
        assertThat(a.answer()).contains("The forecast tool is not available in this build")
                .contains("- weekly units sold of product type Trousers over the last 26 weeks");
        assertThat(a.table()).isNull();
        assertThat(a.steps()).extracting(Step::sql).containsOnlyNulls();
    }
}
