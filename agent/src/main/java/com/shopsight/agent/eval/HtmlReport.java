package com.shopsight.agent.eval;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run as one self-contained HTML page: the scores, then every question with the
 * expected and actual tables side by side, the steps and why it failed. Every value, answer
 * text and SQL is escaped: data and LLM text may hold HTML.
 */
final class HtmlReport {
    /** Rows shown per table; the rest are counted, not shown. */
    static final int SHOWN_ROWS = 30;

    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport() {}

    static void write(EvalRun run, Path file) throws IOException {
        HtmlReport r = new HtmlReport();
        r.page(run);
        Files.writeString(file, r.out, StandardCharsets.UTF_8);
    }

    private HtmlReport add(String html) {
        out.append(html);
        return this;
    }

    private HtmlReport text(Object value) {
        out.append(Html.escape(value));
        return this;
    }

    private void page(EvalRun run) {
        Summary s = run.summary();
        add("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ShopSight evaluation: ")
                .text(run.dataset()).add(", ").text(run.mode()).add("</title>\n<style>").add(HtmlStyle.CSS).add("</style></head><body>\n");
        add("<h1>ShopSight evaluation</h1>\n<p class=\"meta\">Suite <b>").text(run.dataset()).add("</b>, mode <b>")
                .text(run.mode()).add("</b>, started ").text(run.started()).add(", took ")
                .text(Duration.between(run.started(), run.finished()).toSeconds()).add(" s.</p>\n");
        summary(s);
        List<QuestionResult> failed = run.questions().stream().filter(q -> !q.strict()).toList();
        if (!failed.isEmpty()) {
            add("<h2>Misses</h2>\n<ul class=\"misses\">");
            for (QuestionResult q : failed) {
                add("<li><a href=\"#").text(q.id()).add("\">").text(q.id()).add("</a> ")
                        .add(q.lenient() ? "<span class=\"lenient\">lenient only</span> " : "")
                        .text(q.turns().get(0).question()).add("</li>");
            }
            add("</ul>\n");
        }
        add("<h2>Questions</h2>\n");
        run.questions().forEach(this::question);
        add("</body></html>\n");
    }

    private void summary(Summary s) {
        add("<table class=\"scores\"><tr><th>category</th><th>questions</th><th>strict</th><th>lenient</th></tr>\n");
        for (Summary.Score c : s.categories()) {
            score(c, "");
        }
        score(s.overall(), " class=\"total\"");
        add("</table>\n<ul class=\"figures\">");
        add("<li>tool choice: ").text(s.toolChoice().right() + " of " + s.toolChoice().of()).add("</li>");
        add("<li>refusals that should not have happened: ").text(s.unwantedRefusals()).add("</li>");
        add("<li>answers that should have been refusals: ").text(s.missedRefusals()).add("</li>");
        add("<li>answers whose SQL names tables or columns that do not exist: ").text(s.unknownNameTurns()).add("</li>");
        add("<li>agent failures (exceptions): ").text(s.agentFailures()).add("</li>");
        add("<li>gold queries that did not run: ").text(s.brokenGold()).add("</li>");
        add("<li>latency per answer: median ").text(s.latency().median()).add(" ms, 95th percentile ")
                .text(s.latency().p95()).add(" ms, max ").text(s.latency().max()).add(" ms</li>");
        add("<li>LLM: ").text(s.llmCalls()).add(" calls, ").text(s.inputTokens()).add(" input and ")
                .text(s.outputTokens()).add(" output tokens</li></ul>\n");
    }

    private void score(Summary.Score c, String attributes) {
        add("<tr").add(attributes).add("><td>").text(c.name()).add("</td><td>").text(c.questions()).add("</td><td>")
                .text(percent(c.strictShare()) + " (" + c.strict() + ")").add("</td><td>")
                .text(percent(c.lenientShare()) + " (" + c.lenient() + ")").add("</td></tr>\n");
    }

    private void question(QuestionResult q) {
        String verdict = q.strict() ? "pass" : q.lenient() ? "lenient" : "fail";
        add("<details id=\"").text(q.id()).add("\" class=\"q ").add(verdict).add("\"").add(q.strict() ? "" : " open")
                .add("><summary><span class=\"badge\">").add(verdict).add("</span> <b>").text(q.id()).add("</b> <i>")
                .text(q.category()).add("</i> ").text(q.turns().get(0).question()).add("</summary>\n");
        if (!q.tags().isEmpty()) {
            add("<p class=\"tags\">").text(String.join(", ", q.tags())).add("</p>");
        }
        for (TurnResult t : q.turns()) {
            turn(t);
        }
        add("</details>\n");
    }

    private void turn(TurnResult t) {
        add("<div class=\"turn\"><p class=\"ask\">&raquo; ").text(t.question()).add(" <span class=\"ms\">")
                .text(t.ms()).add(" ms</span></p>\n");
        if (!t.failures().isEmpty()) {
            add("<ul class=\"why\">");
            t.failures().forEach(f -> add("<li>").text(f).add("</li>"));
            add("</ul>\n");
        }
        if (!t.unknownNames().isEmpty()) {
            add("<p class=\"why\">unknown names: ").text(String.join(", ", t.unknownNames())).add("</p>");
        }
        Answer a = t.answer();
        add("<div class=\"side\">");
        for (int i = 0; i < t.gold().size(); i++) {
            Gold g = t.gold().get(i);
            add("<div><h4>expected").add(i == t.matchedGold() ? " (matched " + t.match() + ")" : "")
                    .add("</h4><pre class=\"sql\">").text(g.sql()).add("</pre>");
            if (g instanceof Gold.Expected e) {
                table(e.table());
            } else {
                add("<p class=\"why\">").text(((Gold.Broken) g).error()).add("</p>");
            }
            add("</div>");
        }
        add("<div><h4>actual</h4>");
        if (a != null) {
            add("<p class=\"understood\">").text(a.understood()).add("</p>");
            if (a.table() != null) {
                table(a.table());
            }
        }
        add("</div></div>\n");
        if (a != null) {
            add("<div class=\"answer\">").text(a.answer()).add("</div>\n");
            steps(a.steps());
        }
        add("</div>\n");
    }

    private void table(Table t) {
        add("<table class=\"data\"><tr>");
        t.columns().forEach(c -> add("<th>").text(c.name()).add("</th>"));
        add("</tr>\n");
        int n = Math.min(SHOWN_ROWS, t.rows().size());
        for (int r = 0; r < n; r++) {
            add("<tr>");
            t.rows().get(r).forEach(v -> add("<td>").text(v == null ? "null" : v).add("</td>"));
            add("</tr>\n");
        }
        add("</table>");
        if (t.rows().size() > n) {
            add("<p class=\"more\">").text((t.rows().size() - n) + " more rows").add("</p>");
        }
        add("<p class=\"more\">").text(t.rows().size() == 1 ? "1 row" : t.rows().size() + " rows").add("</p>");
    }

    private void steps(List<Step> steps) {
        if (steps.isEmpty()) {
            return;
        }
        add("<table class=\"steps\"><tr><th>tool</th><th>SQL</th><th>rows</th><th>ms</th><th>error</th></tr>\n");
        for (Step s : steps) {
            add("<tr><td>").text(s.tool()).add("</td><td><pre class=\"sql\">").text(s.sql() == null ? "" : s.sql())
                    .add("</pre></td><td>").text(s.rows() == null ? "" : s.rows()).add("</td><td>").text(s.ms())
                    .add("</td><td>").text(s.error() == null ? "" : s.error()).add("</td></tr>\n");
        }
        add("</table>\n");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
