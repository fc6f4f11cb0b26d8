package com.shopsight.agent.llm;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.conversation.Conversation;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.conversation.Turn;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The LLM's memory of a conversation, read from the conversation store (so it survives a
 * restart, and turns the offline planner answered count too): the last turns as question and
 * answer, each answer with the SQL behind it so a follow-up can build on it.
 */
final class History {
    private final ConversationStore store;
    private final int turns;

    History(ConversationStore store, int turns) {
        this.store = store;
        this.turns = turns;
    }

    /** The last turns of conversation {@code id}, oldest first; empty for a new conversation. */
    List<Turn> turns(String id) {
        List<Turn> all = store.load(id).map(Conversation::turns).orElse(List.of());
        return all.subList(Math.max(0, all.size() - turns), all.size());
    }

    /** The turns as chat messages: a user message and an AI message each. */
    static List<ChatMessage> messages(List<Turn> turns) {
        List<ChatMessage> messages = new ArrayList<>();
        for (Turn t : turns) {
            Answer a = t.answer();
            messages.add(UserMessage.from(a.question()));
            String text = a.answer().isBlank() ? "(no answer)" : a.answer();
            messages.add(AiMessage.from(a.sql() == null ? text : text + "\n\n(SQL used: " + a.sql() + ")"));
        }
        return messages;
    }

    /** Where a turn's numbers came from: its table, which the numbers of a follow-up may repeat. */
    static List<String> sources(List<Turn> turns) {
        List<String> sources = new ArrayList<>();
        for (Turn t : turns) {
            if (t.answer().table() != null) {
                sources.add(DataFence.JSON.valueToTree(t.answer().table().rows()).toString());
            }
        }
        return sources;
    }
}
