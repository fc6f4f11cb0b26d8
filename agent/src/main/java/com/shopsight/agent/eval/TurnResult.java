package com.shopsight.agent.eval;

import com.shopsight.agent.answer.Answer;
import java.util.List;
import java.util.Objects;

/**
 * How one turn of a golden question went.
 *
 * @param question the text asked, never null
 * @param answer the agent's answer, or null when the agent threw (the failure says what)
 * @param gold the gold results (empty for tool and refusal turns), never null
 * @param match "strict", "lenient" or "mismatch" against the best gold result, or null without gold
 * @param matchedGold the position in {@code gold} of the best match (a strict one before a lenient one), or -1
 * @param matchedColumns for the matching gold result, the answer's column paired with each gold column; never null
 * @param strict whether the turn passes under the strict score
 * @param lenient whether the turn passes under the lenient score
 * @param failures why it did not pass (and, for lenient passes, why not strictly), never null
 * @param toolRight whether the right tool was chosen, or null when the turn does not judge tools
 * @param refusal how refusing compares with what is expected, never null
 * @param unknownNames tables and columns the answer's SQL named that the dataset lacks, never null
 * @param ms wall time of the agent's answer
 */
public record TurnResult(String question, Answer answer, List<Gold> gold, String match, int matchedGold,
        List<String> matchedColumns,
        boolean strict, boolean lenient, List<String> failures, Boolean toolRight, RefusalOutcome refusal,
        List<String> unknownNames, long ms) {
    public TurnResult {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(refusal, "refusal");
        gold = List.copyOf(gold);
        matchedColumns = List.copyOf(matchedColumns);
        failures = List.copyOf(failures);
        unknownNames = List.copyOf(unknownNames);
        if (strict && !lenient) {
            throw new IllegalArgumentException("a strict pass is a lenient pass too");
        }
    }
}
