package com.shopsight.agent.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.agent.answer.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationStoreTest {
    static Answer answer(String id, String question) {
        Table table = new Table(List.of(new Table.Column("week", "DATE"), new Table.Column("units_sold", "BIGINT")),
                List.of(Arrays.asList("2020-09-14", 120L), Arrays.asList("2020-09-21", null)));
        var chart = JsonNodeFactory.instance.objectNode().put("mark", "line");
        Step step = new Step("sql", JsonNodeFactory.instance.objectNode().put("intent", "SERIES"), "SELECT 1", 2, 5, null);
        return new Answer("a-" + question.length(), question, id, Mode.OFFLINE, null, "**120** units", List.of(step), table,
                chart, "SELECT 1", "units sold, by week", List.of("a notice"), Usage.offline(7));
    }

    @Test
    void keeps_turns_in_order_across_store_instances(@TempDir Path dir) {
        String id = ConversationStore.newId();
        var state = JsonNodeFactory.instance.objectNode().put("intent", "SERIES");
        new ConversationStore(dir).append(id, new Turn(Instant.parse("2024-01-01T10:00:00Z"), answer(id, "weekly sales"), state));
        new ConversationStore(dir).append(id, new Turn(Instant.parse("2024-01-01T10:01:00Z"), answer(id, "only online"), null));
        Conversation c = new ConversationStore(dir).load(id).orElseThrow();
        assertThat(c.turns()).extracting(t -> t.answer().question()).containsExactly("weekly sales", "only online");
        assertThat(c.started()).isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
        Turn first = c.turns().get(0);
        assertThat(first.answer()).isEqualTo(answer(id, "weekly sales"));
        assertThat(first.state()).isEqualTo(state);
        assertThat(c.last().orElseThrow().state()).isNull();
        assertThat(Files.exists(dir.resolve(id + ".json"))).isTrue();
        assertThat(new ConversationStore(dir).ids()).containsExactly(id);
    }

    @Test
    void an_unknown_conversation_is_empty_and_a_new_id_is_valid(@TempDir Path dir) {
        assertThat(new ConversationStore(dir).load("c-000000000000")).isEmpty();
        assertThat(new ConversationStore(dir.resolve("missing")).ids()).isEmpty();
        assertThat(ConversationStore.validId(ConversationStore.newId())).isTrue();
        assertThat(ConversationStore.newId()).isNotEqualTo(ConversationStore.newId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../etc/passwd", "a/b", "x.json", "-leading", "with space", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void rejects_ids_that_could_name_another_file(String id) {
        assertThat(ConversationStore.validId(id)).isFalse();
        assertThatThrownBy(() -> new ConversationStore(Path.of("x")).load(id)).isInstanceOf(IllegalArgumentException.class);
    }
}
