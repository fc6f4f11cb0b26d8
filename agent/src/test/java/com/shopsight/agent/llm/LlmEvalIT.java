package com.shopsight.agent.llm;

import static com.shopsight.agent.llm.ReplayServer.call;
import static com.shopsight.agent.llm.ReplayServer.sql;
import static com.shopsight.agent.llm.ReplayServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.eval.EvalReports;
import com.shopsight.agent.eval.EvalRun;
import com.shopsight.agent.eval.GoldenQuestion;
import com.shopsight.agent.eval.GoldenSuite;
import com.shopsight.agent.eval.PreparedSuite;
import com.shopsight.agent.eval.QuestionResult;
import com.shopsight.agent.eval.Summary;
import com.shopsight.agent.eval.TurnResult;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation in LLM mode, always run: golden questions asked of the real LLM agent, whose
 * "LLM" is the replay server answering each with scripted SQL, scored by the real scorer. What
 * {@code LlmSuiteIT} does with a real model, minus the model: the wiring (the agent's SQL runs
 * through the gate, the scorer reads its table, its usage reaches the summary) is checked on
 * every build, with or without an LLM.
 */
class LlmEvalIT {
    /** Right, in other words than the gold: other aliases, columns paired by their values. */
    static final String COLOURS = "SELECT colour_group_name AS colour, sum(price) AS total FROM transactions"
            + " JOIN articles USING (article_id) GROUP BY ALL ORDER BY total DESC, colour LIMIT 5";
    /** Right. */
    static final String TYPES = "SELECT a.product_type_name, count(*) AS units FROM transactions t"
            + " JOIN articles a ON a.article_id = t.article_id GROUP BY 1 ORDER BY units DESC, 1 LIMIT 10";
    /** Wrong: the question asks for online sales, this counts every channel. */
    static final String DEPARTMENTS_ALL_CHANNELS = "SELECT a.department_name, count(*) AS units FROM transactions t"
            + " JOIN articles a ON a.article_id = t.article_id GROUP BY 1 ORDER BY units DESC, 1 LIMIT 3";
    static final Map<String, String> SCRIPTED = Map.of(
            "rank-colours-revenue", COLOURS,
            "rank-types-bestselling", TYPES,
            "rank-departments-online", DEPARTMENTS_ALL_CHANNELS);

    @TempDir
    Path reports;

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void golden_questions_asked_of_the_llm_agent_are_scored_with_its_usage(boolean streaming) {
        GoldenSuite all = GoldenSuite.load(LlmFixture.ROOT.resolve("schema-docs").resolve("hm.golden.yaml"));
        List<GoldenQuestion> picked = all.questions().stream().filter(q -> SCRIPTED.containsKey(q.id())).toList();
        assertThat(picked).hasSize(SCRIPTED.size()).allMatch(q -> q.turns().size() == 1);
        GoldenSuite suite = new GoldenSuite(all.dataset(), "three golden questions", picked);

        PreparedSuite[] prepared = new PreparedSuite[1];
        // The gold runs on the fixture's copy before its gate opens it: DuckDB opens a file once per process.
        try (LlmFixture fixture = new LlmFixture(db -> {
                    prepared[0] = prepare(suite, db);
                    return db;
                });
                ReplayServer server = new ReplayServer();
                PreparedSuite gold = prepared[0]) {
            // Each question: one run_sql call with the scripted SQL, then the answer text.
            for (GoldenQuestion q : picked) {
                server.then(call("run_sql", sql(SCRIPTED.get(q.id()), q.id())), text("Here are the figures you asked for."));
            }
            LlmAgent agent = fixture.agent(LlmFixture.config(server, streaming));

            EvalRun run = gold.run(agent, Question.ModeChoice.LLM, Progress.NONE);

            assertThat(run.mode()).isEqualTo("llm");
            assertThat(server.requests()).hasSize(2 * picked.size());
            Map<String, QuestionResult> byId = run.questions().stream()
                    .collect(Collectors.toMap(QuestionResult::id, q -> q));
            assertThat(byId).containsOnlyKeys(SCRIPTED.keySet());
            for (QuestionResult q : run.questions()) {
                TurnResult t = q.turns().get(0);
                assertThat(t.answer().mode()).as(q.id()).isEqualTo(Mode.LLM);
                assertThat(t.answer().model()).as(q.id()).isEqualTo(ReplayServer.MODEL);
                assertThat(t.answer().sql()).as(q.id()).isEqualTo(SCRIPTED.get(q.id()));
                assertThat(t.toolRight()).as(q.id()).isTrue();
                assertThat(t.unknownNames()).as(q.id()).isEmpty();
            }
            assertThat(byId.get("rank-colours-revenue").turns().get(0).match()).isEqualTo("strict");
            assertThat(byId.get("rank-types-bestselling").turns().get(0).match()).isEqualTo("strict");
            assertThat(byId.get("rank-departments-online").turns().get(0).match()).isEqualTo("mismatch");
            assertThat(byId.get("rank-departments-online").strict()).isFalse();

            Summary s = run.summary();
            assertThat(s.overall().questions()).isEqualTo(3);
            assertThat(s.overall().strict()).isEqualTo(2);
            assertThat(s.overall().lenient()).isEqualTo(2);
            assertThat(s.agentFailures()).isZero();
            // Two responses per question (the tool call, the answer); the replay server bills
            // 100 input and 10 output tokens for each.
            assertThat(s.llmCalls()).isEqualTo(6);
            assertThat(s.inputTokens()).isEqualTo(600);
            assertThat(s.outputTokens()).isEqualTo(60);

            Path folder = EvalReports.write(run, reports);
            assertThat(folder.resolve(EvalReports.JSON)).content().contains("\"llmCalls\" : 6", "rank-departments-online");
            assertThat(Files.exists(folder.resolve(EvalReports.HTML))).isTrue();
            assertThat(folder.resolve(EvalReports.JUNIT)).content().contains("rank-departments-online");
        }
    }

    private static PreparedSuite prepare(GoldenSuite suite, Path db) {
        try (Connection conn = DuckDb.openReadOnly(db)) {
            return PreparedSuite.prepare(suite, conn, Progress.NONE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
