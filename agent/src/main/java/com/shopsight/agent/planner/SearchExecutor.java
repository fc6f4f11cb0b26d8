package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.search.ArticleMatch;
import com.shopsight.tools.search.SearchParams;
import com.shopsight.tools.search.SearchResult;
import com.shopsight.tools.search.SearchTool;
import com.shopsight.tools.search.SemanticIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Answers "find black summer dresses" with the product search tool: the words after the search
 * phrase, as typed, ranked by words and meaning; the answer says what matched, and what could
 * not ("H&M does not sell Nike"). The tool reads the whole catalogue when built, so it is built
 * on the first search, not with the planner.
 */
final class SearchExecutor implements ToolExecutor {
    static final String TOOL = "search";
    private static final int LISTED = 5;

    private final Supplier<SearchTool> search;
    private final ObjectMapper json;
    private SearchTool tool;

    SearchExecutor(Supplier<SearchTool> search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    private synchronized SearchTool tool() {
        if (tool == null) {
            tool = search.get();
        }
        return tool;
    }

    @Override
    public Execution run(SemanticQuery q, String understood, QueryContext context, AnswerListener listener) {
        String words = q.tool().subject();
        if (words == null) {
            return Execution.text("What should I look for? Say it after the search word, for example: find black summer dresses.");
        }
        SearchParams p = new SearchParams(words, q.limit() == null ? SearchParams.DEFAULT_LIMIT
                : Math.min(q.limit(), SearchParams.MAX_LIMIT));
        JsonNode input = json.valueToTree(p);
        ToolCall<SearchResult> call = ToolCall.run(TOOL, input, listener, () -> tool().run(p));
        List<String> notices = new ArrayList<>();
        SearchResult r = call.result();
        if (r instanceof SearchResult.NothingFound none) {
            Step step = call.finish(TOOL, input, List.of(none.sql()), 0, null, listener);
            notices.addAll(semantic(none.semantic()));
            String text = "**Nothing in the catalogue matches \"" + words + "\":** " + none.message()
                    + (none.suggestions().isEmpty() ? "" : "\n\nProduct types close to it: " + String.join(", ", none.suggestions())
                    + ".");
            return new Execution(text, List.of(step), null, null, none.sql(), notices, false);
        }
        SearchResult.Found found = (SearchResult.Found) r;
        Table table = table(found.articles());
        Step step = call.finish(TOOL, input, List.of(found.sql()), table.rows().size(), null, listener);
        notices.addAll(semantic(found.semantic()));
        return new Execution(text(found), List.of(step), table, null, found.sql(), notices, true);
    }

    /** Whether meaning took part: said when it did not, so a reader knows why "frock" finds no dresses. */
    private static List<String> semantic(SemanticIndex.Status s) {
        return s == null || s.state() == SemanticIndex.State.READY ? List.of()
                : List.of("Search matched words only: " + s.message() + ".");
    }

    private static String text(SearchResult.Found f) {
        StringBuilder sb = new StringBuilder("**").append(f.message()).append("**");
        if (!f.understood().isEmpty()) {
            sb.append(" Read as: ").append(String.join("; ", f.understood())).append('.');
        }
        if (!f.unmatched().isEmpty()) {
            sb.append(" Not matched: ").append(String.join("; ", f.unmatched().stream().map(SearchResult.Unmatched::reason)
                    .toList())).append('.');
        }
        sb.append("\n\n");
        int i = 1;
        for (ArticleMatch a : f.articles().subList(0, Math.min(LISTED, f.articles().size()))) {
            sb.append(i++).append(". **").append(a.name()).append("** (").append(a.productType()).append(", ")
                    .append(a.colour()).append(", article ").append(a.articleId()).append("): ")
                    .append(String.format(Locale.ROOT, "%,d", a.units())).append(" sold");
            if (!a.matched().isEmpty()) {
                sb.append("; matched ").append(String.join(", ", a.matched()));
            }
            sb.append('\n');
        }
        if (f.articles().size() > LISTED) {
            sb.append("\n…and ").append(f.articles().size() - LISTED).append(" more in the table.");
        }
        return sb.toString().strip();
    }

    static Table table(List<ArticleMatch> articles) {
        List<List<Object>> rows = new ArrayList<>();
        for (ArticleMatch a : articles) {
            rows.add(Arrays.asList(a.articleId(), a.name(), a.productType(), a.colour(), a.section(), a.units(), a.score(),
                    String.join(", ", a.matched())));
        }
        return ToolTables.of(List.of("article_id VARCHAR", "product VARCHAR", "product_type VARCHAR", "colour VARCHAR",
                "section VARCHAR", "units_sold BIGINT", "score DOUBLE", "matched VARCHAR"), rows);
    }
}
