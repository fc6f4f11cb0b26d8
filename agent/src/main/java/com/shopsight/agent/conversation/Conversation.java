package com.shopsight.agent.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation: its id, when it started, and its turns in order.
 *
 * @param id the conversation's id (see {@link ConversationStore#validId}), never null
 * @param started when the first turn was given, never null
 * @param turns the turns, oldest first, never null
 */
public record Conversation(String id, Instant started, List<Turn> turns) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(started, "started");
        turns = List.copyOf(turns);
    }

    /** A conversation with no turns yet. */
    public static Conversation start(String id, Instant at) {
        return new Conversation(id, at, List.of());
    }

    /** The latest turn, if any. */
    public Optional<Turn> last() {
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
    }

    /** This conversation with one more turn. */
    public Conversation with(Turn turn) {
        List<Turn> more = new ArrayList<>(turns);
        more.add(turn);
        return new Conversation(id, started, more);
    }
}
