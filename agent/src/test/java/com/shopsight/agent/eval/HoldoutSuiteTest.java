package com.shopsight.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The held-out suite (questions written without the planner's code or phrasings): its gold SQL
 * runs on the tiny dataset and has rows, and none of its questions repeats the main suite's.
 */
class HoldoutSuiteTest {
    @RegisterExtension
    static final SuiteOnTiny tiny = new SuiteOnTiny(SuiteOnTiny.HOLDOUT);
    private static final GoldenSuite suite = tiny.suite;
    private static final PreparedSuite prepared = tiny.prepared;

    @Test
    void every_gold_query_runs_and_has_rows() {
        List<String> wrong = new ArrayList<>();
        for (GoldenQuestion q : suite.questions()) {
            for (int i = 0; i < q.turns().size(); i++) {
                for (Gold g : prepared.gold(q.id(), i)) {
                    if (g instanceof Gold.Broken b) {
                        wrong.add(q.id() + "#" + i + ": " + b.error());
                    } else if (g instanceof Gold.Expected e && e.table().rows().isEmpty()) {
                        wrong.add(q.id() + "#" + i + " has no rows");
                    }
                }
            }
        }

        assertThat(suite.questions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void no_question_repeats_one_of_the_main_suite() {
        Set<String> main = GoldenSuite.load(SuiteOnTiny.MAIN).questions().stream()
                .map(q -> q.question().toLowerCase(Locale.ROOT).strip()).collect(Collectors.toSet());

        assertThat(suite.questions()).extracting(q -> q.question().toLowerCase(Locale.ROOT).strip())
                .doesNotHaveDuplicates().noneMatch(main::contains);
    }
}
