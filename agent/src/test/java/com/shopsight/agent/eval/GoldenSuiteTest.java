package com.shopsight.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The H&M golden suite itself: its coverage, and gold SQL that runs on the tiny dataset and means something there. */
class GoldenSuiteTest {
    @RegisterExtension
    static final SuiteOnTiny tiny = new SuiteOnTiny(SuiteOnTiny.MAIN);
    private static final GoldenSuite suite = tiny.suite;
    private static final PreparedSuite prepared = tiny.prepared;

    @Test
    void has_at_least_120_questions_over_every_intent_and_tool_of_the_planner() {
        Map<String, Long> perCategory = suite.questions().stream()
                .collect(Collectors.groupingBy(GoldenQuestion::category, Collectors.counting()));

        assertThat(suite.questions()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(perCategory.keySet()).containsExactlyInAnyOrder("ranking", "kpi", "breakdown", "share", "series",
                "comparison", "filter", "forecast", "segments", "churn", "basket", "chart", "search", "report",
                "followup", "refusal", "out-of-scope");
        assertThat(perCategory).allSatisfy((category, n) -> assertThat(n).as(category).isGreaterThanOrEqualTo(4));
    }

    @Test
    void is_phrased_the_ways_people_write() {
        Set<String> tags = new TreeSet<>();
        suite.questions().forEach(q -> tags.addAll(q.tags()));

        assertThat(tags).contains("short", "long", "casual", "misspelled", "question", "command", "relative-date",
                "calendar-date");
        assertThat(suite.questions().stream().filter(q -> q.tags().contains("misspelled")).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void is_bundled_in_the_jar_as_it_is_in_schema_docs() {
        assertThat(GoldenSuite.bundled("hm")).isEqualTo(suite);
    }

    @Test
    void asks_each_question_once() {
        List<String> texts = suite.questions().stream().map(q -> q.question().toLowerCase()).toList();

        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void every_gold_query_runs_on_the_tiny_dataset() {
        List<String> broken = new ArrayList<>();
        forEachGold((id, gold) -> {
            if (gold instanceof Gold.Broken b) {
                broken.add(id + ": " + b.error());
            }
        });

        assertThat(broken).isEmpty();
    }

    @Test
    void every_gold_result_has_rows_no_all_null_column_and_no_lone_zero() {
        List<String> empty = new ArrayList<>();
        forEachGold((id, gold) -> {
            if (gold instanceof Gold.Expected e) {
                if (e.table().rows().isEmpty()) {
                    empty.add(id + " has no rows");
                }
                // A count of zero would be matched by an agent that found nothing at all.
                if (e.table().rows().size() == 1 && e.table().width() == 1
                        && e.table().rows().get(0).get(0) instanceof Number n && n.doubleValue() == 0) {
                    empty.add(id + " is a lone zero");
                }
                for (int c = 0; c < e.table().width(); c++) {
                    int column = c;
                    if (e.table().rows().stream().allMatch(r -> r.get(column) == null)) {
                        empty.add(id + " has only nulls in " + e.table().columns().get(c).name());
                    }
                }
            }
        });

        assertThat(empty).isEmpty();
    }

    @Test
    void rankings_and_series_order_their_gold_results_and_breakdowns_do_not() {
        List<String> wrong = new ArrayList<>();
        for (GoldenQuestion q : suite.questions()) {
            Boolean mustOrder = switch (q.category()) {
                case "ranking", "series" -> true;
                case "breakdown", "share" -> false;
                default -> null;
            };
            if (mustOrder == null) {
                continue;
            }
            for (Gold g : prepared.gold(q.id(), 0)) {
                if (((Gold.Expected) g).ordered() != mustOrder) {
                    wrong.add(q.id());
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void follow_ups_have_more_than_one_turn_and_refusals_expect_nothing_else() {
        assertThat(suite.questions()).filteredOn(q -> q.category().equals("followup"))
                .allSatisfy(q -> assertThat(q.turns()).hasSizeGreaterThan(1));
        assertThat(suite.questions()).filteredOn(q -> Set.of("refusal", "out-of-scope").contains(q.category()))
                .allSatisfy(q -> assertThat(q.turns()).allMatch(Turn::refuse));
        assertThat(suite.questions()).filteredOn(q -> Set.of("forecast", "segments", "churn", "basket", "search",
                "report").contains(q.category()))
                .allSatisfy(q -> assertThat(q.turns().get(0).expectedTool()).isEqualTo(q.category()));
        assertThat(suite.questions()).filteredOn(q -> q.category().equals("chart"))
                .allSatisfy(q -> assertThat(q.turns().get(0).expect().chart()).isNotNull());
    }

    private static void forEachGold(java.util.function.BiConsumer<String, Gold> each) {
        for (GoldenQuestion q : suite.questions()) {
            for (int i = 0; i < q.turns().size(); i++) {
                for (Gold g : prepared.gold(q.id(), i)) {
                    each.accept(q.id() + "#" + i, g);
                }
            }
        }
    }
}
