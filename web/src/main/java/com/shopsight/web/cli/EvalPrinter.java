package com.shopsight.web.cli;

import com.shopsight.agent.eval.EvalRun;
import com.shopsight.agent.eval.QuestionResult;
import com.shopsight.agent.eval.Summary;
import com.shopsight.agent.eval.TurnResult;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a run's scores for a terminal: by category, overall, the other figures, then each miss. */
final class EvalPrinter {
    private EvalPrinter() {}

    static void print(EvalRun run, PrintWriter out) {
        Summary s = run.summary();
        out.printf(Locale.ROOT, "Golden questions: %s suite, %s mode%n%n", run.dataset(), run.mode());
        out.printf(Locale.ROOT, "%-16s %9s %16s %16s%n", "category", "questions", "strict", "lenient");
        for (Summary.Score c : s.categories()) {
            row(out, c);
        }
        row(out, s.overall());
        out.println();
        out.printf(Locale.ROOT, "tool choice            %d of %d%n", s.toolChoice().right(), s.toolChoice().of());
        out.printf(Locale.ROOT, "unwanted refusals      %d%n", s.unwantedRefusals());
        out.printf(Locale.ROOT, "missed refusals        %d%n", s.missedRefusals());
        out.printf(Locale.ROOT, "unknown tables/columns %d answers%n", s.unknownNameTurns());
        out.printf(Locale.ROOT, "agent failures         %d%n", s.agentFailures());
        if (s.brokenGold() > 0) {
            out.printf(Locale.ROOT, "broken gold queries    %d (the suite does not fit this database)%n", s.brokenGold());
        }
        out.printf(Locale.ROOT, "latency                median %d ms, p95 %d ms, max %d ms%n", s.latency().median(),
                s.latency().p95(), s.latency().max());
        if (s.llmCalls() > 0) {
            out.printf(Locale.ROOT, "LLM                    %d calls, %d input + %d output tokens%n", s.llmCalls(),
                    s.inputTokens(), s.outputTokens());
        }
        boolean header = false;
        for (QuestionResult q : run.questions()) {
            if (q.strict()) {
                continue;
            }
            if (!header) {
                out.println();
                out.println("Misses:");
                header = true;
            }
            String why = q.turns().stream().filter(t -> !t.strict()).findFirst()
                    .map(t -> t.failures().isEmpty() ? "" : t.failures().get(0)).orElse("");
            out.printf(Locale.ROOT, "  %-8s %s: %s%n           %s%n", q.lenient() ? "lenient" : "FAIL", q.id(),
                    firstQuestion(q), why);
        }
        out.println();
    }

    private static String firstQuestion(QuestionResult q) {
        TurnResult first = q.turns().get(0);
        return first.question() + (q.turns().size() > 1 ? " (+" + (q.turns().size() - 1) + " follow-ups)" : "");
    }

    private static void row(PrintWriter out, Summary.Score c) {
        out.printf(Locale.ROOT, "%-16s %9d %8.1f %% %5d %8.1f %% %5d%n", c.name(), c.questions(), c.strictShare() * 100,
                c.strict(), c.lenientShare() * 100, c.lenient());
    }
}
