package com.shopsight.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.Question;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner end to end: a small suite, a scripted agent whose SQL really runs, the scores it gets. */
class EvalRunTest {
    static final String TOP_TYPES = "SELECT a.product_type_name, COUNT(*) AS units FROM transactions t"
            + " JOIN articles a ON a.article_id = t.article_id GROUP BY 1 ORDER BY units DESC, 1 LIMIT 5";
    static final String ONLINE_TOP_TYPES = TOP_TYPES.replace("GROUP BY 1", "WHERE t.sales_channel_id = 2 GROUP BY 1");
    static final String SUITE = """
            dataset: hm
            description: a small suite for the runner's tests
            questions:
              - id: right
                category: ranking
                tags: [short]
                question: top 5 product types
                sql: |
                  %1$s
              - id: extra-column
                category: ranking
                question: top 5 product types with revenue
                sql: |
                  %1$s
              - id: wrong-filter
                category: ranking
                question: top 5 product types online
                sql: |
                  %2$s
              - id: unwanted-refusal
                category: kpi
                question: how many customers
                sql: SELECT COUNT(*) FROM customers
              - id: refused
                category: refusal
                question: delete all customers
                refuse: true
              - id: not-refused
                category: refusal
                question: what is the weather tomorrow
                refuse: true
              - id: chart
                category: chart
                question: chart monthly revenue in 2019
                sql: SELECT date_trunc('month', t_dat) AS m, SUM(price) FROM transactions WHERE year(t_dat) = 2019 GROUP BY 1 ORDER BY 1
                expect: {tool: chart, chart: line, rows: {min: 12, max: 12}, columns: [month|m], values: {revenue: {min: 0}}}
              - id: conversation
                category: followup
                question: top 5 product types
                sql: %1$s
                followups:
                  - question: and only online?
                    sql: %2$s
              - id: unknown-column
                category: kpi
                question: total revenue
                sql: SELECT SUM(price) FROM transactions
              - id: crash
                category: kpi
                question: how many articles
                sql: SELECT COUNT(*) FROM articles
              - id: not-a-query
                category: kpi
                question: how many transactions
                sql: SELECT COUNT(*) FROM transactions; DROP TABLE transactions
              - id: wrong-tool
                category: ranking
                question: top 5 product types please
                sql: %1$s
            """.formatted(TOP_TYPES, ONLINE_TOP_TYPES);

    private static Connection conn;
    private static EvalRun run;
    private static ScriptedAgent agent;

    @TempDir
    static Path dir;

    @BeforeAll
    static void runTheSuite() throws IOException {
        conn = DuckDb.openReadOnly(TinyDataset.path());
        Path file = dir.resolve("suite.golden.yaml");
        Files.writeString(file, SUITE);
        GoldenSuite suite = GoldenSuite.load(file);
        ObjectNode line = new ObjectMapper().createObjectNode().put("mark", "line");
        agent = new ScriptedAgent(conn)
                .on("top 5 product types", a -> a.sql("SELECT product_type_name AS type, count(*) AS n FROM transactions"
                        + " JOIN articles USING (article_id) GROUP BY ALL ORDER BY n DESC, type LIMIT 5"))
                .on("top 5 product types with revenue", a -> a.sql("SELECT product_type_name, count(*) AS units,"
                        + " sum(price) AS revenue FROM transactions JOIN articles USING (article_id) GROUP BY ALL"
                        + " ORDER BY units DESC, 1 LIMIT 5"))
                .on("top 5 product types online", a -> a.sql(TOP_TYPES))
                .on("and only online?", a -> a.sql(ONLINE_TOP_TYPES))
                .on("delete all customers", a -> a.refusal("ShopSight only reads the data."))
                .on("what is the weather tomorrow", a -> a.sql("SELECT COUNT(*) FROM transactions"))
                .on("chart monthly revenue in 2019", a -> a.tool("chart", "SELECT strftime(date_trunc('month', t_dat),"
                        + " '%Y-%m-%d') AS month, SUM(price) AS revenue FROM transactions WHERE year(t_dat) = 2019"
                        + " GROUP BY 1 ORDER BY 1", line))
                .on("total revenue", a -> a.llm("SELECT SUM(prices) FROM transactions", 2))
                .on("how many articles", a -> {
                    throw new IllegalStateException("planner bug");
                })
                .on("top 5 product types please", a -> a.tool("forecast", TOP_TYPES, null))
                .on("how many transactions", a -> a.sql("SELECT COUNT(*) FROM transactions"));
        try (PreparedSuite prepared = PreparedSuite.prepare(suite, conn, Progress.NONE)) {
            run = prepared.run(agent, Question.ModeChoice.OFFLINE, Progress.NONE);
        }
    }

    @AfterAll
    static void close() throws Exception {
        conn.close();
    }

    private static QuestionResult result(String id) {
        return run.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void scores_each_question_strictly_and_leniently() {
        Map<String, String> verdicts = run.questions().stream().collect(Collectors.toMap(QuestionResult::id,
                q -> q.strict() ? "strict" : q.lenient() ? "lenient" : "fail"));

        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("right", "strict"), Map.entry("extra-column", "lenient"), Map.entry("wrong-filter", "fail"),
                Map.entry("unwanted-refusal", "fail"), Map.entry("refused", "strict"), Map.entry("not-refused", "fail"),
                Map.entry("chart", "strict"), Map.entry("conversation", "strict"), Map.entry("unknown-column", "fail"),
                Map.entry("crash", "fail"), Map.entry("wrong-tool", "strict"), Map.entry("not-a-query", "fail")));
    }

    @Test
    void sums_up_by_category_and_overall() {
        Summary s = run.summary();

        assertThat(s.overall()).isEqualTo(new Summary.Score("all", 12, 5, 6));
        assertThat(s.categories()).containsExactly(
                new Summary.Score("ranking", 4, 2, 3), new Summary.Score("kpi", 4, 0, 0),
                new Summary.Score("refusal", 2, 1, 1), new Summary.Score("chart", 1, 1, 1),
                new Summary.Score("followup", 1, 1, 1));
    }

    @Test
    void counts_refusals_that_should_and_should_not_have_happened() {
        Summary s = run.summary();

        assertThat(s.unwantedRefusals()).isEqualTo(1);
        assertThat(s.missedRefusals()).isEqualTo(1);
        assertThat(s.agentFailures()).isEqualTo(2);
        assertThat(result("unwanted-refusal").turns().get(0).failures())
                .containsExactly("gave no table or chart: I cannot read that question.");
        assertThat(result("not-refused").turns().get(0).failures())
                .containsExactly("answered a question it should have refused (a table of 1 rows)");
        assertThat(result("crash").turns().get(0).failures())
                .containsExactly("the agent threw java.lang.IllegalStateException: planner bug");
    }

    @Test
    void counts_tool_choice_over_the_turns_that_judge_it() {
        // Judged: 4 rankings, 2 follow-up turns, 3 KPIs (not the one that threw) and the chart;
        // wrong: the ranking sent to the forecast tool, the KPI answered without running SQL.
        assertThat(run.summary().toolChoice()).isEqualTo(new Summary.Count(8, 10));
        assertThat(result("wrong-tool").turns().get(0).toolRight()).isFalse();
        assertThat(result("chart").turns().get(0).toolRight()).isTrue();
    }

    @Test
    void finds_names_the_dataset_does_not_have_in_the_steps_sql() {
        TurnResult turn = result("unknown-column").turns().get(0);

        assertThat(turn.unknownNames()).containsExactly("column prices");
        assertThat(turn.refusal()).isEqualTo(RefusalOutcome.FAILED);
        assertThat(turn.failures()).singleElement().asString()
                .startsWith("gave no table or chart; a step failed: Binder Error: Referenced column \"prices\" not found");
        assertThat(run.summary().unknownNameTurns()).isEqualTo(1);
    }

    @Test
    void asks_follow_ups_in_the_conversation_of_the_first_answer() {
        List<Question> conversation = agent.asked.stream()
                .filter(q -> q.text().equals("and only online?")).toList();

        assertThat(conversation).hasSize(1);
        assertThat(conversation.get(0).conversationId()).isNotNull();
        assertThat(agent.asked).allSatisfy(q -> assertThat(q.mode()).isEqualTo(Question.ModeChoice.OFFLINE));
        assertThat(result("conversation").turns()).extracting(TurnResult::strict).containsExactly(true, true);
    }

    @Test
    void says_why_a_close_answer_is_wrong() {
        assertThat(result("wrong-filter").turns().get(0).failures()).singleElement().asString()
                .startsWith("no column of the answer holds the values of ");
        assertThat(result("extra-column").turns().get(0).failures()).containsExactly("not strict: extra columns [revenue]");
    }

    @Test
    void runs_only_single_queries_from_the_suite_and_calls_others_broken() {
        TurnResult turn = result("not-a-query").turns().get(0);

        assertThat(turn.gold()).singleElement().isInstanceOf(Gold.Broken.class);
        assertThat(turn.failures()).containsExactly("no gold query ran",
                "the suite's gold SQL failed on this dataset: a gold query must be exactly one SELECT");
        assertThat(run.summary().brokenGold()).isEqualTo(1);
        assertThat(Sql.scalar(conn, "SELECT COUNT(*) FROM transactions")).isNotNull();
    }

    @Test
    void adds_up_llm_usage() {
        Summary s = run.summary();

        assertThat(s.llmCalls()).isEqualTo(2);
        assertThat(s.inputTokens()).isEqualTo(200);
        assertThat(s.outputTokens()).isEqualTo(40);
    }

    @Test
    void keeps_gold_results_with_their_order_flag() {
        Gold gold = result("chart").turns().get(0).gold().get(0);

        assertThat(gold).isInstanceOf(Gold.Expected.class);
        assertThat(((Gold.Expected) gold).ordered()).isTrue();
        assertThat(((Gold.Expected) gold).table().rows()).hasSize(12);
    }
}
