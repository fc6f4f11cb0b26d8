package com.shopsight.agent.llm;

import static com.shopsight.agent.llm.ReplayServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.Question;
import com.shopsight.agent.RoutingAgent;
import com.shopsight.agent.SchemaDocs;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which agent answers: the planner when it reads the question fully, the LLM otherwise, or as asked. */
class RoutingIT {
    @TempDir
    Path folder;

    private RoutingAgent open(LlmConfig llm) {
        Path db = TinyDataset.copyTo(folder);
        return RoutingAgent.open(db, SchemaDocs.hm(LlmFixture.ROOT.resolve("schema-docs")),
                GateConfig.forDatabase(db).withAuditLog(null, 1 << 20), folder.resolve("conversations"), NearestPhrase.NONE,
                llm, LlmFixture.ROOT.resolve("prompts"));
    }

    @Test
    void auto_sends_what_the_planner_reads_to_the_planner_and_the_rest_to_the_llm() {
        try (ReplayServer server = new ReplayServer(); RoutingAgent agent = open(LlmFixture.config(server, false))) {
            server.then(text("I can only answer questions about the sales data."));

            Answer planned = agent.ask(Question.of("top 5 colours by revenue", "test"));
            Answer refused = agent.ask(Question.of("drop the transactions table", "test"));
            assertThat(server.requests()).isEmpty();
            Answer free = agent.ask(Question.of("write me a poem about the weather on Mars", "test"));

            assertThat(planned.mode()).isEqualTo(Mode.OFFLINE);
            assertThat(planned.table()).isNotNull();
            assertThat(refused.mode()).isEqualTo(Mode.OFFLINE);
            assertThat(free.mode()).isEqualTo(Mode.LLM);
            assertThat(free.answer()).isEqualTo("I can only answer questions about the sales data.");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void a_chosen_mode_is_obeyed() {
        try (ReplayServer server = new ReplayServer(); RoutingAgent agent = open(LlmFixture.config(server, true))) {
            server.then(text("Black leads."));
            Answer llm = agent.ask(new Question("top 5 colours by revenue", null, Question.ModeChoice.LLM, "test"));
            Answer offline = agent.ask(new Question("write me a poem about Mars", null, Question.ModeChoice.OFFLINE, "test"));

            assertThat(llm.mode()).isEqualTo(Mode.LLM);
            assertThat(offline.mode()).isEqualTo(Mode.OFFLINE);
            assertThat(offline.answer()).contains("Questions I can answer");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void without_an_llm_every_question_goes_to_the_planner_and_asking_for_one_says_so() {
        try (RoutingAgent agent = open(LlmConfig.none())) {
            assertThat(agent.hasLlm()).isFalse();
            Answer auto = agent.ask(Question.of("write me a poem about Mars", "test"));
            Answer asked = agent.ask(new Question("top 5 colours by revenue", null, Question.ModeChoice.LLM, "test"));

            assertThat(auto.mode()).isEqualTo(Mode.OFFLINE);
            assertThat(asked.mode()).isEqualTo(Mode.OFFLINE);
            assertThat(asked.notices()).anyMatch(n -> n.startsWith("No LLM is configured"));
        }
    }

    @Test
    void a_follow_up_to_an_llm_answer_is_read_without_the_planners_state() {
        try (ReplayServer server = new ReplayServer(); RoutingAgent agent = open(LlmFixture.config(server, false))) {
            server.then(text("Mars has no H&M store."));
            Answer first = agent.ask(Question.of("write me a poem about Mars", "test"));
            Answer next = agent.ask(new Question("top 5 colours by revenue", first.conversationId(),
                    Question.ModeChoice.AUTO, "test"));
            assertThat(first.mode()).isEqualTo(Mode.LLM);
            assertThat(next.mode()).isEqualTo(Mode.OFFLINE);
            assertThat(next.table()).isNotNull();
        }
    }
}
