package com.shopsight.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.conversation.Conversation;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.conversation.Turn;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reuses the offline planner's answer to a question that opens a conversation: the planner is
 * deterministic and the data is read-only while the server runs, so the same first question
 * gets the same answer (the example questions of an empty conversation are asked over and
 * over). A reused answer gets its own id and conversation, stored with the planner's state so
 * that follow-ups work as usual. LLM answers and follow-ups are never reused.
 */
final class AnswerCache {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a first question was answered with, and the agent's state after it. */
    private record Entry(Answer answer, JsonNode state) {}

    private final int capacity;
    private final ConversationStore store;
    private final Map<String, Entry> entries;

    AnswerCache(int capacity, ConversationStore store) {
        this.capacity = capacity;
        this.store = store;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** A stored copy of an earlier answer to {@code question}, when it may be reused. */
    Optional<Answer> reuse(Question question) {
        if (!cacheable(question)) {
            return Optional.empty();
        }
        Entry hit;
        synchronized (entries) {
            hit = entries.get(key(question));
        }
        if (hit == null) {
            return Optional.empty();
        }
        Answer a = hit.answer();
        Answer copy = new Answer(newAnswerId(), question.text(), ConversationStore.newId(), a.mode(), a.model(), a.answer(),
                a.steps(), a.table(), a.chart(), a.sql(), a.understood(), a.notices(), a.usage());
        store.append(copy.conversationId(), new Turn(Instant.now(), copy, hit.state()));
        return Optional.of(copy);
    }

    /** Remembers {@code answer} to {@code question} when it is an offline answer that opened a conversation. */
    void remember(Question question, Answer answer) {
        if (!cacheable(question) || answer.mode() != Mode.OFFLINE || answer.steps().stream().anyMatch(s -> s.failed())) {
            return;
        }
        JsonNode state = store.load(answer.conversationId()).flatMap(Conversation::last).map(Turn::state).orElse(null);
        synchronized (entries) {
            entries.put(key(question), new Entry(answer, state));
        }
    }

    private boolean cacheable(Question question) {
        return capacity > 0 && question.conversationId() == null && question.mode() != Question.ModeChoice.LLM;
    }

    private static String key(Question q) {
        return q.mode().name() + "\n" + q.text();
    }

    /** An id like the planner's own: "a-" and 16 hex digits. */
    private static String newAnswerId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "a-" + HexFormat.of().formatHex(bytes);
    }
}
