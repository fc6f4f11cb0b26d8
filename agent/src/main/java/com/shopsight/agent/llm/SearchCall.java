package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.search.ArticleMatch;
import com.shopsight.tools.search.SearchParams;
import com.shopsight.tools.search.SearchResult;
import com.shopsight.tools.search.SearchTool;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code search_products}: articles matching words or a description, best first. */
final class SearchCall implements LlmTool {
    private final Supplier<SearchTool> factory;
    private SearchTool tool;

    /** The search tool is made by {@code factory} on first use: it reads the whole catalogue. */
    SearchCall(Supplier<SearchTool> factory) {
        this.factory = factory;
    }

    private synchronized SearchTool tool() {
        if (tool == null) {
            tool = factory.get();
        }
        return tool;
    }

    @Override
    public String name() {
        return "search_products";
    }

    @Override
    public List<ToolParam> params() {
        return List.of(ToolParam.required("query", ToolParam.Type.STRING), ToolParam.optional("limit", ToolParam.Type.INTEGER));
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        SearchParams p = new SearchParams(args.text("query"), args.integer("limit", SearchParams.DEFAULT_LIMIT));
        SearchResult result = tool().run(p);
        ObjectNode json = ToolJson.without(ToolJson.of(result), "sql", "elapsedMs", "semantic");
        if (result instanceof SearchResult.Found f) {
            return new ToolOutcome.Done(json, f.sql(), f.articles().size(), table(f.articles()), null);
        }
        return new ToolOutcome.Done(json, ((SearchResult.NothingFound) result).sql(), 0, null, null);
    }

    private static Table table(List<ArticleMatch> articles) {
        List<List<Object>> rows = new ArrayList<>();
        for (ArticleMatch a : articles) {
            rows.add(java.util.Arrays.asList(a.articleId(), a.name(), a.productType(), a.colour(), a.section(), a.units(),
                    a.score()));
        }
        return ToolJson.table(List.of("article_id", "prod_name", "product_type_name", "colour_group_name", "section_name",
                "units", "score"), List.of("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "BIGINT", "DOUBLE"), rows);
    }
}
