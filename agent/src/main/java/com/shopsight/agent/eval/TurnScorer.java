package com.shopsight.agent.eval;

import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Asks one turn and scores the answer: gold tables, checks, refusals, tool choice and names. */
final class TurnScorer {
    private static final int SHOWN_TEXT = 300;
    /** Tools a plain data question should not be sent to (charts are fine: they draw the data). */
    static final List<String> ANALYTIC_TOOLS = List.of("forecast", "segments", "churn", "basket", "search", "report");

    private final SqlInspector inspector;
    private final List<String> analyticTools;

    TurnScorer(SqlInspector inspector, List<String> suiteTools) {
        this.inspector = inspector;
        Set<String> tools = new LinkedHashSet<>(ANALYTIC_TOOLS);
        tools.addAll(suiteTools);
        this.analyticTools = List.copyOf(tools);
    }

    TurnResult ask(Agent agent, Question question, Turn turn, List<Gold> gold) {
        long start = System.nanoTime();
        Answer answer;
        try {
            answer = agent.ask(question);
        } catch (RuntimeException e) {
            // The Agent contract makes expected failures answers, so this is a bug in the agent:
            // it is scored as a failure with its message, and the other questions still run.
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new TurnResult(turn.question(), null, gold, null, -1, List.of(), false, false,
                    List.of("the agent threw " + e), null,
                    RefusalOutcome.FAILED, List.of(), ms);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        return score(turn, gold, answer, ms);
    }

    TurnResult score(Turn turn, List<Gold> gold, Answer answer, long ms) {
        List<String> failures = new ArrayList<>();
        boolean refused = answer.table() == null && answer.chart() == null;
        RefusalOutcome refusal;
        if (turn.refuse()) {
            refusal = refused ? RefusalOutcome.REFUSED : RefusalOutcome.MISSED_REFUSAL;
            if (!refused) {
                failures.add("answered a question it should have refused"
                        + (answer.table() == null ? "" : " (a table of " + answer.table().rows().size() + " rows)"));
            }
        } else if (refused) {
            List<String> errors = answer.steps().stream().filter(Step::failed).map(Step::error).toList();
            refusal = errors.isEmpty() ? RefusalOutcome.UNWANTED_REFUSAL : RefusalOutcome.FAILED;
            failures.add(errors.isEmpty() ? "gave no table or chart: " + shorten(answer.answer())
                    : "gave no table or chart; a step failed: " + shorten(errors.get(0)));
        } else {
            refusal = RefusalOutcome.ANSWERED;
        }
        Best best = best(gold, answer, turn.tolerance());
        boolean goldLenient = best.match == null || best.match.lenient();
        boolean goldStrict = best.match == null || best.match.strict();
        if (best.match instanceof TableMatch.Mismatch m && !refused) {
            failures.add(m.reason());
        } else if (best.match instanceof TableMatch.Lenient l) {
            failures.add("not strict: extra columns " + l.extra());
        }
        for (Gold g : gold) {
            if (g instanceof Gold.Broken b) {
                failures.add("the suite's gold SQL failed on this dataset: " + b.error());
            }
        }
        List<String> checkFailures = turn.expect() == null ? List.of() : AnswerChecks.failures(turn.expect(), answer);
        failures.addAll(checkFailures);
        boolean answeredRight = (refusal == RefusalOutcome.ANSWERED || refusal == RefusalOutcome.REFUSED)
                && checkFailures.isEmpty();
        boolean lenient = answeredRight && goldLenient;
        boolean strict = lenient && goldStrict;
        return new TurnResult(turn.question(), answer, gold, best.kind(), best.lenientIndex(), best.columns(), strict,
                lenient, failures,
                toolRight(turn, answer), refusal, unknownNames(answer), ms);
    }

    /** The best match among the gold results: strict before lenient before mismatch (the first mismatch's reason). */
    private static Best best(List<Gold> gold, Answer answer, Tolerance tolerance) {
        TableMatch best = null;
        int index = -1;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i) instanceof Gold.Expected e) {
                TableMatch m = ExecutionMatch.compare(e.table(), e.ordered(), answer.table(), tolerance);
                if (best == null || rank(m) > rank(best)) {
                    best = m;
                    index = i;
                }
            }
        }
        boolean anyBroken = gold.stream().anyMatch(g -> g instanceof Gold.Broken);
        if (best == null && anyBroken) {
            best = new TableMatch.Mismatch("no gold query ran");
        }
        return new Best(best, index);
    }

    private static int rank(TableMatch m) {
        return m.strict() ? 2 : m.lenient() ? 1 : 0;
    }

    /** A best match (null when the turn has no gold SQL) and the position of its gold result. */
    private record Best(TableMatch match, int index) {
        int lenientIndex() {
            return match != null && match.lenient() ? index : -1;
        }

        String kind() {
            return match == null ? null : match.strict() ? "strict" : match.lenient() ? "lenient" : "mismatch";
        }

        List<String> columns() {
            if (match instanceof TableMatch.Strict s) {
                return s.columns();
            }
            return match instanceof TableMatch.Lenient l ? l.columns() : List.of();
        }
    }

    /**
     * Tool turns: the named tool was used. Gold-SQL turns: SQL ran and no analytic tool was
     * used (a ranking sent to the forecast tool is the wrong tool). Refusals do not judge tools.
     */
    private Boolean toolRight(Turn turn, Answer answer) {
        if (turn.expectedTool() != null) {
            return AnswerChecks.usedTool(answer, turn.expectedTool());
        }
        if (turn.sql().isEmpty()) {
            return null;
        }
        boolean ranSql = answer.steps().stream().anyMatch(s -> s.sql() != null && !s.sql().isBlank());
        return ranSql && analyticTools.stream().noneMatch(t -> AnswerChecks.usedTool(answer, t));
    }

    private List<String> unknownNames(Answer answer) {
        Set<String> names = new LinkedHashSet<>();
        for (Step s : answer.steps()) {
            if (s.sql() != null && !s.sql().isBlank()) {
                names.addAll(inspector.unknownNames(s.sql()));
            }
        }
        return List.copyOf(names);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= SHOWN_TEXT ? oneLine : oneLine.substring(0, SHOWN_TEXT) + "...";
    }
}
