package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight ask`: the terminal rendering, the Answer JSON, conversations across runs, and exit codes. */
class AskCommandTest {
    @TempDir
    Path folder;

    private Path db;

    @BeforeEach
    void copyDatabase() {
        db = TinyDataset.copyTo(folder);
    }

    @Test
    void prints_the_answer_the_table_what_was_understood_the_sql_and_the_conversation() {
        CliRun run = CliRun.of("--db", db.toString(), "ask", "top 5 colours by revenue");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Top 5 colours by revenue, all time:");
        assertThat(lines).anyMatch(l -> l.matches("colour +\\| +revenue"));
        assertThat(lines).anyMatch(l -> l.matches("Black +\\| +\\d+\\.\\d\\d"));
        assertThat(lines).contains("Understood: revenue, top 5 colours, all time", "SQL:", "  LIMIT 5");
        assertThat(lines.get(lines.size() - 1)).matches("Conversation: c-[0-9a-f]{12} \\(continue with --conversation c-[0-9a-f]{12}\\) · \\d+ ms");
        assertThat(run.out()).doesNotContain("**");
    }

    @Test
    void draws_a_text_chart_for_a_series() {
        CliRun run = CliRun.of("--db", db.toString(), "ask", "weekly", "sales", "of", "trousers", "over", "the", "last", "12", "weeks");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("units_sold:");
        assertThat(run.out().lines().filter(l -> l.matches("2020-\\d\\d-\\d\\d +│█+.* \\d+"))).hasSize(13);
    }

    @Test
    void prints_exactly_the_answer_as_json() throws Exception {
        CliRun run = CliRun.of("--db", db.toString(), "ask", "--json", "weekly revenue in the last 4 weeks");

        assertThat(run.exitCode()).isZero();
        JsonNode a = new ObjectMapper().readTree(run.out());
        assertThat(a.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("id", "question",
                "conversationId", "mode", "model", "answer", "steps", "table", "chart", "sql", "understood", "notices", "usage");
        assertThat(a.get("mode").asText()).isEqualTo("offline");
        assertThat(a.get("question").asText()).isEqualTo("weekly revenue in the last 4 weeks");
        assertThat(a.get("table").get("columns").get(0).get("name").asText()).isEqualTo("week");
        assertThat(a.get("table").get("rows").get(0).get(0).asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(a.get("chart").get("mark").asText()).isEqualTo("line");
        assertThat(a.get("steps")).extracting(s -> s.get("tool").asText()).containsExactly("planner", "sql");
        assertThat(a.get("steps").get(1).get("rows").asInt()).isEqualTo(a.get("table").get("rows").size());
        assertThat(a.get("usage").get("llmCalls").asInt()).isZero();
    }

    @Test
    void continues_a_conversation_across_runs() throws Exception {
        CliRun first = CliRun.of("--db", db.toString(), "ask", "--json", "top 5 colours by revenue");
        String id = new ObjectMapper().readTree(first.out()).get("conversationId").asText();

        CliRun next = CliRun.of("--db", db.toString(), "ask", "--conversation", id, "and only online?");

        assertThat(next.exitCode()).isZero();
        assertThat(next.out()).contains("Understood: revenue, top 5 colours, online, all time")
                .contains("Conversation: " + id);
        assertThat(Files.exists(folder.resolve("conversations").resolve(id + ".json"))).isTrue();
    }

    @Test
    void a_question_not_understood_or_refused_is_still_an_answer() {
        CliRun lost = CliRun.of("--db", db.toString(), "ask", "flibbertigibbet revenue");
        CliRun refused = CliRun.of("--db", db.toString(), "ask", "delete all transactions");

        assertThat(lost.exitCode()).isZero();
        assertThat(lost.out()).contains("I could not read \"flibbertigibbet\"").contains("- ");
        assertThat(refused.exitCode()).isZero();
        assertThat(refused.out()).contains("never changes or deletes anything").doesNotContain("SQL:");
    }

    @Test
    void without_a_database_says_how_to_make_one() {
        CliRun run = CliRun.of("--db", folder.resolve("none.duckdb").toString(), "ask", "top 5 colours");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("generate --scale small");
    }

    @Test
    void rejects_an_empty_or_oversized_question_and_a_bad_conversation_id() {
        assertThat(CliRun.of("--db", db.toString(), "ask").exitCode()).isEqualTo(4);
        assertThat(CliRun.of("--db", db.toString(), "ask", "   ").exitCode()).isEqualTo(4);
        CliRun long_ = CliRun.of("--db", db.toString(), "ask", "x".repeat(2001));
        assertThat(long_.exitCode()).isEqualTo(4);
        assertThat(long_.err()).contains("2001 characters");
        CliRun badId = CliRun.of("--db", db.toString(), "ask", "--conversation", "../etc", "sales");
        assertThat(badId.exitCode()).isEqualTo(4);
        assertThat(badId.err()).contains("Not a conversation id");
    }

    @Test
    void mode_chooses_the_agent_and_llm_without_one_configured_says_so() throws Exception {
        // These runs read the real environment: with an LLM configured there, --mode llm would call it.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("OPENAI_API_KEY") == null
                && System.getenv("OPENAI_BASE_URL") == null);
        CliRun llm = CliRun.of("--db", db.toString(), "ask", "--json", "--mode", "llm", "top 5 colours by revenue");
        CliRun offline = CliRun.of("--db", db.toString(), "ask", "--mode", "OFFLINE", "top 5 colours by revenue");

        assertThat(llm.exitCode()).isZero();
        JsonNode a = new ObjectMapper().readTree(llm.out());
        assertThat(a.get("mode").asText()).isEqualTo("offline");
        assertThat(a.get("notices").toString()).contains("No LLM is configured");
        assertThat(offline.exitCode()).isZero();
        assertThat(offline.out()).doesNotContain("No LLM");
    }

    @Test
    void rejects_an_unknown_mode() {
        CliRun run = CliRun.of("--db", db.toString(), "ask", "--mode", "gpt", "top 5 colours");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("--mode must be auto, llm or offline");
    }
}
