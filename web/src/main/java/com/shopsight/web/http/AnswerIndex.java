package com.shopsight.web.http;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.conversation.Conversation;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.conversation.Turn;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a stored answer by its id for /answers/{id}. The store keeps answers inside their
 * conversations, so this remembers which conversation holds each answer: answers given here
 * as they are given, and those written by other processes (`shopsight ask`) by reading the
 * store again, at most every few seconds, when an id is not known.
 */
final class AnswerIndex {
    private static final long RESCAN_NANOS = 5_000_000_000L;

    private final ConversationStore store;
    private final Map<String, String> conversationOf = new ConcurrentHashMap<>();
    private volatile long lastScan = System.nanoTime() - 2 * RESCAN_NANOS;

    AnswerIndex(ConversationStore store) {
        this.store = store;
    }

    void add(Answer answer) {
        conversationOf.put(answer.id(), answer.conversationId());
    }

    Optional<Answer> find(String answerId) {
        String conversation = conversationOf.get(answerId);
        if (conversation == null && System.nanoTime() - lastScan > RESCAN_NANOS) {
            scan();
            conversation = conversationOf.get(answerId);
        }
        if (conversation == null) {
            return Optional.empty();
        }
        return store.load(conversation).flatMap(c -> c.turns().stream().map(Turn::answer)
                .filter(a -> a.id().equals(answerId)).findFirst());
    }

    private synchronized void scan() {
        lastScan = System.nanoTime();
        for (String id : store.ids()) {
            store.load(id).map(Conversation::turns).ifPresent(turns -> turns.forEach(t -> add(t.answer())));
        }
    }
}
