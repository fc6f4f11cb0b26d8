package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the planner suggests it can answer, it can answer. */
class SuggestionsTest {
    @Test
    void every_example_of_the_semantic_model_is_understood() {
        for (String example : Stages.MODEL.examples()) {
            assertThat(Stages.read(example)).as(example).doesNotStartWith("not understood").doesNotStartWith("refused");
        }
    }

    @Test
    void every_question_offered_instead_of_a_missing_tool_is_understood() {
        List<String> offered = new ArrayList<>();
        for (String question : List.of("forecast trousers", "who buys bikini tops", "churn among club members",
                "what sells with dresses", "find linen shirts", "report on Kevin sweater")) {
            SemanticQuery q = Stages.query(question);
            String text = new MissingTool(new Labels(Stages.MODEL)).run(q, "", null, null).text();
            text.lines().filter(l -> l.startsWith("- ")).forEach(l -> offered.add(l.substring(2)));
        }
        assertThat(offered).hasSizeGreaterThan(6);
        for (String question : offered) {
            assertThat(Stages.read(question)).as(question).doesNotStartWith("not understood").doesNotStartWith("refused");
        }
    }
}
