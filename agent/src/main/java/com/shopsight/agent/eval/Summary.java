package com.shopsight.agent.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a run: strict and lenient scores overall and by category, tool choice,
 * refusals, unknown names, latency and LLM usage.
 *
 * @param overall all questions
 * @param categories one score per category, in suite order
 * @param toolChoice turns that judge tools: how many chose right, out of how many
 * @param unwantedRefusals turns refused (no table, no chart) that should have been answered
 * @param missedRefusals turns answered that should have been refused
 * @param agentFailures turns where the agent threw
 * @param unknownNameTurns turns whose SQL named a table or column the dataset does not have
 * @param brokenGold gold queries that did not run on the dataset (faults of the suite)
 * @param latency milliseconds per turn
 * @param llmCalls LLM calls over the run (0 offline)
 * @param inputTokens LLM input tokens over the run
 * @param outputTokens LLM output tokens over the run
 */
public record Summary(Score overall, List<Score> categories, Count toolChoice, int unwantedRefusals, int missedRefusals,
        int agentFailures, int unknownNameTurns, int brokenGold, Latency latency, long llmCalls, long inputTokens,
        long outputTokens) {

    /** Questions passed under each score. */
    public record Score(String name, int questions, int strict, int lenient) {
        @JsonProperty
        public double strictShare() {
            return questions == 0 ? 0 : (double) strict / questions;
        }

        @JsonProperty
        public double lenientShare() {
            return questions == 0 ? 0 : (double) lenient / questions;
        }
    }

    /** How many of how many. */
    public record Count(int right, int of) {
        @JsonProperty
        public double share() {
            return of == 0 ? 0 : (double) right / of;
        }
    }

    /** Median, 95th percentile and maximum, in milliseconds. */
    public record Latency(long median, long p95, long max) {}

    public Summary {
        categories = List.copyOf(categories);
    }

    static Summary of(List<QuestionResult> questions) {
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        int[] all = new int[3];
        int toolRight = 0;
        int toolJudged = 0;
        int unwanted = 0;
        int missed = 0;
        int failed = 0;
        int unknown = 0;
        int broken = 0;
        long calls = 0;
        long in = 0;
        long out = 0;
        List<Long> ms = new ArrayList<>();
        for (QuestionResult q : questions) {
            int[] c = byCategory.computeIfAbsent(q.category(), k -> new int[3]);
            for (int[] counts : List.of(c, all)) {
                counts[0]++;
                counts[1] += q.strict() ? 1 : 0;
                counts[2] += q.lenient() ? 1 : 0;
            }
            for (TurnResult t : q.turns()) {
                if (t.toolRight() != null) {
                    toolJudged++;
                    toolRight += t.toolRight() ? 1 : 0;
                }
                unwanted += t.refusal() == RefusalOutcome.UNWANTED_REFUSAL ? 1 : 0;
                missed += t.refusal() == RefusalOutcome.MISSED_REFUSAL ? 1 : 0;
                failed += t.refusal() == RefusalOutcome.FAILED ? 1 : 0;
                unknown += t.unknownNames().isEmpty() ? 0 : 1;
                broken += (int) t.gold().stream().filter(g -> g instanceof Gold.Broken).count();
                ms.add(t.ms());
                if (t.answer() != null) {
                    calls += t.answer().usage().llmCalls();
                    in += t.answer().usage().inputTokens();
                    out += t.answer().usage().outputTokens();
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        byCategory.forEach((name, c) -> scores.add(new Score(name, c[0], c[1], c[2])));
        return new Summary(new Score("all", all[0], all[1], all[2]), scores, new Count(toolRight, toolJudged), unwanted,
                missed, failed, unknown, broken, latency(ms), calls, in, out);
    }

    private static Latency latency(List<Long> ms) {
        if (ms.isEmpty()) {
            return new Latency(0, 0, 0);
        }
        List<Long> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        return new Latency(percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.get(sorted.size() - 1));
    }

    /** The nearest-rank percentile. */
    private static long percentile(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
