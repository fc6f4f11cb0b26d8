package com.shopsight.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.Question;
import com.shopsight.agent.RoutingAgent;
import com.shopsight.agent.SchemaDocs;
import com.shopsight.agent.llm.LlmConfig;
import com.shopsight.agent.planner.PlannerOptions;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole golden suite in LLM mode on the tiny dataset, with the LLM the environment
 * configures (OPENAI_API_KEY and/or OPENAI_BASE_URL, SHOPSIGHT_MODEL and the other
 * SHOPSIGHT_LLM_* variables, as {@code shopsight serve} reads them). Skipped, saying why, when
 * neither variable is set, so that a build without an LLM stays offline and free; wherever one
 * is set (a developer's machine, a CI with a key) every {@code mvn verify} runs it, which costs
 * about 160 requests to the model. Reports go to agent/target/eval-reports-llm.
 *
 * <p>It asserts no score floor, unlike {@code OfflineSuiteFloorTest}: the score belongs to
 * whichever model the environment names (a small local model and a frontier model differ by
 * tens of points, and one model varies from run to run), so no fixed number would mean
 * "ShopSight regressed" rather than "another model". It asserts what holds for any model: every
 * question was asked and scored, and the LLM was really called (calls and tokens reported),
 * which a run that silently fell back to the offline planner for every question would not be.
 * The score itself is printed and in the reports, to compare runs of the same model.
 */
@EnabledIf(value = "llmConfigured",
        disabledReason = "no LLM configured: set OPENAI_API_KEY or OPENAI_BASE_URL to run the golden suite in LLM mode")
class LlmSuiteIT {
    static final Path ROOT = Path.of(System.getProperty("shopsight.repo.root", ".."));

    @TempDir
    static Path dir;
    private static GoldenSuite suite;
    private static EvalRun run;
    private static Path folder;

    /** Whether the environment names an LLM, as {@link LlmConfig#fromEnvironment} reads it. */
    static boolean llmConfigured() {
        Map<String, String> env = System.getenv();
        return !env.getOrDefault("OPENAI_API_KEY", "").isBlank() || !env.getOrDefault("OPENAI_BASE_URL", "").isBlank();
    }

    @BeforeAll
    static void askTheSuiteOfTheLlm() throws Exception {
        LlmConfig llm = LlmConfig.fromEnvironment(System.getenv());
        suite = GoldenSuite.load(ROOT.resolve("schema-docs").resolve("hm.golden.yaml"));
        Path db = TinyDataset.copyTo(dir);
        PreparedSuite prepared;
        // Gold first, on a connection of its own: the gate opens the same file with other settings.
        try (Connection conn = DuckDb.openReadOnly(db)) {
            prepared = PreparedSuite.prepare(suite, conn, Progress.NONE);
        }
        try (prepared; RoutingAgent agent = RoutingAgent.open(db, SchemaDocs.hm(ROOT.resolve("schema-docs")),
                GateConfig.forDatabase(db), dir.resolve("conversations"), PlannerOptions.defaults(), llm,
                ROOT.resolve("prompts"))) {
            run = prepared.run(agent, Question.ModeChoice.LLM, Progress.NONE);
        }
        folder = EvalReports.write(run, Path.of("target", "eval-reports-llm"));
        Summary s = run.summary();
        System.out.printf(Locale.ROOT, "Golden suite, LLM %s at %s, tiny: strict %.1f %%, lenient %.1f %% of %d;"
                        + " %d LLM calls, %d input and %d output tokens; %d fell back or failed; latency median %d ms,"
                        + " p95 %d ms%n",
                llm.model(), llm.endpoint(), s.overall().strictShare() * 100, s.overall().lenientShare() * 100,
                s.overall().questions(), s.llmCalls(), s.inputTokens(), s.outputTokens(), notByTheLlm(),
                s.latency().median(), s.latency().p95());
        for (Summary.Score c : s.categories()) {
            System.out.printf(Locale.ROOT, "  %-16s strict %3d / %-3d lenient %3d / %d%n", c.name(), c.strict(),
                    c.questions(), c.lenient(), c.questions());
        }
        System.out.println("  report " + folder.resolve(EvalReports.HTML).toAbsolutePath());
    }

    @Test
    void every_question_and_follow_up_was_asked_and_scored() {
        assertThat(run.mode()).isEqualTo("llm");
        assertThat(run.questions()).extracting(QuestionResult::id)
                .containsExactlyElementsOf(suite.questions().stream().map(GoldenQuestion::id).toList());
        for (int i = 0; i < suite.questions().size(); i++) {
            assertThat(run.questions().get(i).turns()).as(suite.questions().get(i).id())
                    .hasSameSizeAs(suite.questions().get(i).turns());
        }
        assertThat(run.summary().overall().questions()).isEqualTo(suite.questions().size());
    }

    @Test
    void the_llm_was_called_and_its_usage_reported() {
        Summary s = run.summary();
        assertThat(s.llmCalls())
                .as("no LLM call succeeded over the whole suite: every answer fell back (see the notices in %s)", folder)
                .isPositive();
        assertThat(s.inputTokens() + s.outputTokens())
                .as("the LLM answered but reported no token usage (does the server send usage in streamed replies?)")
                .isPositive();
    }

    @Test
    void the_reports_were_written() {
        assertThat(folder.resolve(EvalReports.JSON)).exists();
        assertThat(folder.resolve(EvalReports.HTML)).exists();
        assertThat(folder.resolve(EvalReports.JUNIT)).exists();
    }

    /** Turns the LLM did not answer itself: it fell back to the planner, or the agent threw. */
    private static long notByTheLlm() {
        return run.questions().stream().flatMap(q -> q.turns().stream())
                .filter(t -> t.answer() == null || t.answer().mode() != com.shopsight.agent.answer.Mode.LLM).count();
    }
}
