package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.tools.testing.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Follow-ups in conversations (conversations.yaml), each step checked against hand-written SQL. */
class ConversationsTest {
    /** One question of a conversation and what must come back. */
    record Step(String ask, String sql, String understood, boolean chart) {}

    /** A conversation, named for the test report. */
    record Case(String conversation, List<Step> steps) {
        @Override
        public String toString() {
            return conversation;
        }
    }

    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();
    static final Connection hand = fixture.hand();

    static Stream<Case> conversations() {
        try (InputStream in = ConversationsTest.class.getResourceAsStream("conversations.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Case>>() {}).stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void each_follow_up_is_read_in_the_context_of_the_conversation(Case c) {
        String id = null;
        for (Step step : c.steps()) {
            Answer a = id == null ? fixture.ask(step.ask()) : fixture.ask(step.ask(), id);
            id = a.conversationId();
            String context = step.ask() + "\n  understood: " + a.understood() + "\n  sql: " + a.sql();
            assertThat(a.understood()).as(context).doesNotStartWith("not understood");
            if (step.understood() != null) {
                assertThat(a.understood()).as(context).contains(step.understood());
            }
            if (step.chart()) {
                assertThat(a.chart()).as(context).isNotNull();
            }
            TableAssert.sameRows(a.table(), Sql.rows(hand, step.sql()), context);
        }
    }

    @Test
    void a_conversation_continues_after_a_restart() {
        Answer first = fixture.ask("top 5 colours by revenue");
        ConversationStore again = new ConversationStore(fixture.folder.resolve("conversations"));
        OfflinePlanner restarted = OfflinePlanner.create(fixture.gate, fixture.model, Optional.empty(), again,
                NearestPhrase.NONE);
        Answer next = restarted.ask(new com.shopsight.agent.Question("and only online?", first.conversationId(),
                com.shopsight.agent.Question.ModeChoice.OFFLINE, "test"));
        TableAssert.sameRows(next.table(), Sql.rows(hand, """
                SELECT colour_group_name, SUM(price) FROM transactions JOIN articles USING (article_id)
                WHERE sales_channel_id = 2 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5"""), next.understood());
        assertThat(again.load(first.conversationId()).orElseThrow().turns()).hasSize(2);
    }

    @Test
    void a_question_not_understood_keeps_the_context_for_the_next_one() {
        Answer first = fixture.ask("revenue by index group");
        Answer lost = fixture.ask("flibbertigibbet", first.conversationId());
        assertThat(lost.understood()).startsWith("not understood");
        Answer next = fixture.ask("only online", first.conversationId());
        TableAssert.sameRows(next.table(), Sql.rows(hand, """
                SELECT index_group_name, SUM(price) FROM transactions JOIN articles USING (article_id)
                WHERE sales_channel_id = 2 GROUP BY 1 ORDER BY 2 DESC, 1"""), next.understood());
    }

    @Test
    void why_without_an_earlier_question_is_not_understood() {
        Answer a = fixture.ask("why?");
        assertThat(a.understood()).startsWith("not understood");
        assertThat(a.answer()).contains("ask a question about sales first");
        assertThat(a.table()).isNull();
    }

    @Test
    void a_turn_kept_by_another_version_is_skipped_with_a_notice() {
        Answer first = fixture.ask("revenue by index group");
        var broken = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("intent", "NO_SUCH_INTENT");
        fixture.store.append(first.conversationId(), new com.shopsight.agent.conversation.Turn(java.time.Instant.now(),
                first, broken));
        Answer next = fixture.ask("only online", first.conversationId());
        assertThat(next.notices()).anyMatch(n -> n.startsWith("The earlier turns of this conversation could not be read"));
        assertThat(next.understood()).isEqualTo("units sold, online, all time");
    }
}
