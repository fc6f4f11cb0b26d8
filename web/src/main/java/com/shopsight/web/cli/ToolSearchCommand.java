package com.shopsight.web.cli;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.search.ArticleMatch;
import com.shopsight.tools.search.SearchParams;
import com.shopsight.tools.search.SearchResult;
import com.shopsight.tools.search.SearchTool;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight tool search "black summer dress"`: articles by words and meaning. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Product search: articles from a description such as \"black summer dress\".",
            "Matches words (with typos and synonyms) in names, types, colours and descriptions, and meaning (an in-process sentence embedding model). Says what it cannot match,",
            "such as a brand H&M does not sell. Embeddings are computed once per dataset and cached beside",
            "the database (DB.embeddings.duckdb): --embeddings build makes them (minutes at full scale).",
            "Examples:",
            "  shopsight tool search \"Nike running shoes\"",
            "  shopsight tool search \"black summer dress\" --embeddings build --format json"
        })
final class ToolSearchCommand implements Callable<Integer> {
    @ParentCommand
    ToolCommand tool;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "What to look for; quote it.")
    String query;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Articles to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--embeddings", defaultValue = "cached", paramLabel = "off|cached|build",
            description = "off: words only; cached (default): use the embedding cache when complete; build: compute what it lacks first.")
    String embeddings;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        ToolPrinting.Format f;
        SearchParams params;
        SearchTool.Embeddings mode;
        try {
            f = ToolPrinting.Format.parse(format);
            params = new SearchParams(query, limit);
            mode = SearchTool.Embeddings.parse(embeddings);
            if (mode == SearchTool.Embeddings.BACKGROUND) {
                throw new IllegalArgumentException("--embeddings background is for a server; use off, cached or build");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DuckDb.requireExists(tool.parent.db);
        SearchResult result;
        try (SqlGate gate = SqlGate.open(tool.parent.db, GateConfig.forDatabase(tool.parent.db))) {
            result = new SearchTool(gate, mode, SearchTool.cacheFor(tool.parent.db)).run(params);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (f == ToolPrinting.Format.JSON) {
            out.println(ToolPrinting.json(result));
        } else if (result instanceof SearchResult.Found found) {
            out.print(render(found));
        } else {
            SearchResult.NothingFound none = (SearchResult.NothingFound) result;
            spec.commandLine().getErr().println("nothing found: " + none.message()
                    + (none.suggestions().isEmpty() ? "" : "\ntry: " + String.join(", ", none.suggestions())));
            spec.commandLine().getErr().flush();
        }
        out.flush();
        return result instanceof SearchResult.Found ? 0 : ShopSightCli.EXIT_REJECTED;
    }

    static String render(SearchResult.Found r) {
        StringBuilder s = new StringBuilder(r.message()).append('\n');
        s.append("Read as: ").append(String.join("; ", r.understood())).append('\n');
        s.append("Semantic matching: ").append(r.semantic().message()).append('\n');
        if (r.semantic().state() == com.shopsight.tools.search.SemanticIndex.State.INCOMPLETE) {
            // About 15 ms a text on two cores, once per dataset.
            int missing = r.semantic().total() - r.semantic().embedded();
            s.append(String.format(Locale.ROOT, "hint: --embeddings build computes the missing %,d embeddings once (about %d min) and caches them%n",
                    missing, Math.max(1, Math.round(missing * 0.015 / 60))));
        }
        s.append('\n');
        List<List<String>> rows = new ArrayList<>();
        for (ArticleMatch m : r.articles()) {
            rows.add(List.of(m.articleId(), ToolPrinting.clip(m.name(), 30), ToolPrinting.clip(m.productType(), 18),
                    ToolPrinting.clip(m.colour(), 14), String.format(Locale.ROOT, "%,d", m.units()),
                    String.format(Locale.ROOT, "%.3f", m.score()), ToolPrinting.clip(String.join(", ", m.matched()), 40)));
        }
        s.append(ToolPrinting.table(List.of("article_id", "name", "type", "colour", "units", "score", "matched"), rows));
        s.append(String.format(Locale.ROOT, "(%d ms)%n%nSQL (the catalogue, read once):%n  %s;%n", r.elapsedMs(), r.sql()));
        return s.toString();
    }
}
