package com.shopsight.agent.planner;

import java.util.List;
import java.util.Objects;

/** Where planning a question ended: a query to run, a question not understood, or a refusal. */
public sealed interface PlanOutcome {
    /** The question was understood as {@code query}. */
    record Planned(SemanticQuery query) implements PlanOutcome {
        public Planned {
            Objects.requireNonNull(query, "query");
        }
    }

    /**
     * The question was not understood; {@code reason} says what could not be read and
     * {@code suggestions} are the nearest questions the planner can answer.
     */
    record NotUnderstood(String reason, List<String> suggestions) implements PlanOutcome {
        public NotUnderstood {
            Objects.requireNonNull(reason, "reason");
            suggestions = List.copyOf(suggestions);
        }
    }

    /**
     * The question asks for something ShopSight will not do or has no data for; {@code kind}
     * is destructive, unavailable or chat.
     */
    record Refused(String kind, String reason) implements PlanOutcome {
        public Refused {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    static NotUnderstood notUnderstood(String reason) {
        return new NotUnderstood(reason, List.of());
    }
}
