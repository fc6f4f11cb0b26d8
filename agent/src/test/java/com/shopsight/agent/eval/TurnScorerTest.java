package com.shopsight.agent.eval;

import static com.shopsight.agent.eval.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.agent.answer.Usage;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.TinyDataset;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TurnScorerTest {
    private static SqlInspector inspector;
    private static TurnScorer scorer;

    private static final Table SHARE = Tables.of("channel, share", row("online", 0.7), row("in store", 0.3));
    private static final Gold FRACTION = new Gold.Expected("fraction", Tables.of("share", row(0.7)), false);
    private static final Gold BY_CHANNEL = new Gold.Expected("by channel", SHARE, false);

    @BeforeAll
    static void open() throws Exception {
        try (Connection conn = DuckDb.openReadOnly(TinyDataset.path())) {
            inspector = SqlInspector.of(conn);
        }
        scorer = new TurnScorer(inspector, List.of());
    }

    @AfterAll
    static void close() {
        inspector.close();
    }

    private static Answer answer(Table table, Step... steps) {
        return new Answer("a", "q", "c", Mode.OFFLINE, null, "Here.", List.of(steps), table, null, null, "read", List.of(),
                Usage.offline(1));
    }

    private static Step sql(String sql, String error) {
        return new Step("sql", JsonNodeFactory.instance.objectNode(), sql, null, 1, error);
    }

    private static Turn turn(String... sql) {
        return new Turn("q", List.of(sql), null, false, null);
    }

    @Test
    void takes_the_best_of_several_gold_results() {
        Table wider = Tables.of("channel, units, share", row("online", 7, 0.7), row("in store", 3, 0.3));

        TurnResult exact = scorer.score(turn("fraction", "by channel"), List.of(FRACTION, BY_CHANNEL),
                answer(SHARE, sql("SELECT 1", null)), 5);
        TurnResult extra = scorer.score(turn("fraction", "by channel"), List.of(FRACTION, BY_CHANNEL),
                answer(wider, sql("SELECT 1", null)), 5);

        assertThat(exact.strict()).isTrue();
        assertThat(exact.matchedGold()).isEqualTo(1);
        assertThat(exact.failures()).isEmpty();
        assertThat(extra.strict()).isFalse();
        assertThat(extra.lenient()).isTrue();
        assertThat(extra.match()).isEqualTo("lenient");
        assertThat(extra.failures()).containsExactly("not strict: extra columns [units]");
    }

    @Test
    void says_when_the_suites_own_gold_query_failed() {
        TurnResult r = scorer.score(turn("bad", "by channel"),
                List.of(new Gold.Broken("bad", "Catalog Error: no table"), BY_CHANNEL), answer(SHARE, sql("SELECT 1", null)), 5);

        assertThat(r.lenient()).isTrue();
        assertThat(r.failures()).containsExactly("the suite's gold SQL failed on this dataset: Catalog Error: no table");
    }

    @Test
    void counts_an_answer_without_a_table_whose_step_failed_as_a_failure_not_a_refusal() {
        TurnResult failed = scorer.score(turn("fraction"), List.of(FRACTION),
                answer(null, sql("SELECT shares FROM transactions", "Binder Error: no shares")), 5);
        TurnResult declined = scorer.score(turn("fraction"), List.of(FRACTION), answer(null), 5);

        assertThat(failed.refusal()).isEqualTo(RefusalOutcome.FAILED);
        assertThat(failed.unknownNames()).containsExactly("column shares");
        assertThat(failed.toolRight()).isTrue();
        assertThat(declined.refusal()).isEqualTo(RefusalOutcome.UNWANTED_REFUSAL);
        assertThat(declined.toolRight()).isFalse();
        assertThat(declined.failures()).containsExactly("gave no table or chart: Here.");
    }

    @Test
    void passes_a_refusal_and_fails_an_answer_where_a_refusal_was_due() {
        Turn refuse = new Turn("delete everything", List.of(), null, true, null);

        assertThat(scorer.score(refuse, List.of(), answer(null), 1).strict()).isTrue();
        TurnResult answered = scorer.score(refuse, List.of(), answer(SHARE, sql("SELECT 1", null)), 1);
        assertThat(answered.refusal()).isEqualTo(RefusalOutcome.MISSED_REFUSAL);
        assertThat(answered.lenient()).isFalse();
        assertThat(answered.toolRight()).isNull();
    }

    @Test
    void judges_a_data_question_sent_to_an_analytic_tool_as_the_wrong_tool() {
        Step forecast = new Step("forecast", JsonNodeFactory.instance.objectNode(), "SELECT 1", 1, 1, null);

        assertThat(scorer.score(turn("by channel"), List.of(BY_CHANNEL), answer(SHARE, forecast), 1).toolRight()).isFalse();
    }
}
