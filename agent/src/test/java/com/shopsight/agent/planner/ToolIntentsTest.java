package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions for the analytic tools: the planner reads which tool, with which subject, horizon,
 * analysis and scope; a tool not part of the build answers that it is not available and runs nothing.
 */
class ToolIntentsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "forecast Trousers for the next 4 weeks | forecast | - | 4 | weeks | - | product type Trousers",
        "predict sales of dresses next month | forecast | - | 1 | months | - | product type Dress",
        "what will we sell online over the next 12 weeks, forecast please | forecast | - | 12 | weeks | - | online",
        "forecast revenue of ladieswear | forecast | - | - | - | - | index group Ladieswear",
        "who buys bikini tops | segments | - | - | - | buyers | product type Bikini top",
        "customer segments for young customers | segments | - | - | - | rfm | customers under 25",
        "customer segments for dresses | segments | - | - | - | buyers | product type Dress",
        "personas of club members | segments | - | - | - | clusters | club members",
        "which customers are at risk of churning | churn | - | - | - | - | ''",
        "churn risk among club members | churn | - | - | - | - | club members",
        "what sells with bikini tops? | basket | - | - | - | - | product type Bikini top",
        "what is frequently bought together with trousers | basket | - | - | - | - | product type Trousers",
        "find black summer dresses | search | black summer dresses | - | - | - | ''",
        "search for linen shirts | search | linen shirts | - | - | - | ''",
        "report on Jade HW Skinny Denim TRS | report | Jade HW Skinny Denim TRS | - | - | - | product Jade HW Skinny Denim TRS",
        "tell me about Kevin sweater | report | Kevin sweater | - | - | - | product Kevin sweater",
        // The verbs of looking ahead are a forecast; "the coming N months" is its horizon.
        "what revenue can we expect from dresses over the next 4 weeks | forecast | - | 4 | weeks | - | product type Dress",
        "project trousers sales for the coming 2 months | forecast | - | 2 | months | - | product type Trousers",
        "what hoodie sales do we anticipate in the next 8 weeks | forecast | - | 8 | weeks | - | product type Hoodie",
        // "what kind of shoppers", "who goes for": the buyer profile.
        "what kind of shoppers buy hoodies | segments | - | - | - | buyers | product type Hoodie",
        "what type of customers go for skirts? | segments | - | - | - | buyers | product type Skirt",
        "who goes for bikini tops | segments | - | - | - | buyers | product type Bikini top",
        // "likely to lapse", "about to lapse", "likely to stop shopping": churn.
        "show me the 15 customers most likely to lapse | churn | - | - | - | - | ''",
        "which club members are about to lapse | churn | - | - | - | - | club members",
        "shoppers likely to stop shopping | churn | - | - | - | - | ''",
        // "what else", "ends up in the same basket", "also buy": basket rules.
        "what else do people buy with trousers? | basket | - | - | - | - | product type Trousers",
        "when customers buy hoodies, what ends up in the same basket? | basket | - | - | - | - | product type Hoodie",
        "shoppers who buy bikini tops also buy what? | basket | - | - | - | - | product type Bikini top",
        // "have we got any", "do we carry / stock": product search, unknown material words included.
        "have we got any linen shirts? | search | linen shirts | - | - | - | ''",
        "do we stock leather sneakers | search | leather sneakers | - | - | - | ''",
        "do you carry corduroy trousers? | search | corduroy trousers | - | - | - | ''",
        "corduroy trousers | search | corduroy trousers | - | - | - | ''",
        // "rundown", "overview", "lowdown", "deep dive": the product report.
        "give me the rundown on hoodies | report | hoodies | - | - | - | product type Hoodie",
        "an overview of skirts | report | skirts | - | - | - | product type Skirt",
        "the lowdown on sweaters | report | sweaters | - | - | - | product type Sweater",
    })
    void reads_which_tool_with_what(String question, String tool, String subject, Integer horizon, String unit,
            String analysis, String scope) {
        SemanticQuery q = Stages.query(question);
        assertThat(q.intent()).isEqualTo(Intent.TOOL);
        assertThat(q.tool()).isEqualTo(new ToolRequest(tool, subject, horizon, unit, analysis));
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
        SemanticQuery q = Stages.query("what sells with bikini tops?");
        Execution e = new MissingTool(new Labels(Stages.MODEL)).run(q, Stages.UNDERSTANDING.of(q),
                com.shopsight.tools.gate.QueryContext.of("test"), com.shopsight.agent.answer.AnswerListener.NONE);
        assertThat(e.text()).contains("The basket tool is not available in this build")
                .contains("- top 10 products of product type Bikini top by units sold");
        assertThat(e.table()).isNull();
        assertThat(e.steps()).isEmpty();
    }
}
