package com.shopsight.agent.eval;

import java.util.List;
import java.util.Objects;

/**
 * One question of a golden entry (the first, or a follow-up in the same conversation) and
 * what a right answer is: a table equal to the result of any of the gold SQL queries, the
 * checks of a tool answer, or a refusal.
 *
 * @param question the text asked, never null
 * @param sql acceptable gold queries (any one matching is right), never null
 * @param expect checks on the answer, or null
 * @param refuse whether the right answer is a refusal
 * @param tolerance how close numbers must be, never null
 */
public record Turn(String question, List<String> sql, Checks expect, boolean refuse, Tolerance tolerance) {
    public Turn {
        Objects.requireNonNull(question, "question");
        sql = sql == null ? List.of() : List.copyOf(sql);
        tolerance = tolerance == null ? Tolerance.DEFAULT : tolerance;
        if (question.isBlank()) {
            throw new IllegalArgumentException("a question must not be blank");
        }
        boolean checks = expect != null && !expect.isEmpty();
        if (refuse && (!sql.isEmpty() || checks)) {
            throw new IllegalArgumentException("a refusal has neither gold SQL nor checks: " + question);
        }
        if (!refuse && sql.isEmpty() && !checks) {
            throw new IllegalArgumentException("needs gold SQL, checks or refuse: true: " + question);
        }
    }

    /** The tool this turn expects, or null when it names none. */
    public String expectedTool() {
        return expect == null ? null : expect.tool();
    }
}
