package com.shopsight.agent.llm;

import com.shopsight.tools.basket.BasketTool;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.search.SearchTool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tools the LLM gets, listed in one place: SQL through the gate and the schema lookup,
 * then the analytic tools.
 *
 * @param list the tools, in the order the LLM sees them
 * @param doc the schema doc the lookup and the prompt read
 */
record AgentTools(List<LlmTool> list, SchemaDoc doc) {
    AgentTools {
        list = List.copyOf(list);
    }

    /**
     * The tools over {@code gate}; the analytic ones when the database has the H&M tables they
     * read. {@code searchCache} is the product search's embedding cache, or null for word
     * matching only.
     */
    static AgentTools of(SqlGate gate, Optional<SchemaDoc> schemaDoc, Path searchCache) {
        SchemaDoc doc = schemaDoc.orElseGet(() -> new SchemaDoc(SchemaDoc.FORMAT_VERSION, "unknown",
                "No schema doc was learned for this database: run `shopsight learn`, or look tables up with run_sql.",
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null));
        List<LlmTool> tools = new ArrayList<>();
        tools.add(new SqlTool(gate, gate.config().limits()));
        tools.add(new SchemaTool(doc));
        if (doc.table("articles").isPresent() && doc.table("transactions").isPresent()) {
            tools.add(new ForecastCall(gate));
            tools.add(new SegmentsCall(gate));
            tools.add(new ChurnCall(gate));
            tools.add(new BasketRulesCall(new BasketTool(gate)));
            tools.add(new SearchCall(() -> searchCache == null ? new SearchTool(gate, SearchTool.Embeddings.OFF, null)
                    : new SearchTool(gate, SearchTool.Embeddings.CACHED, searchCache)));
            tools.add(new ReportCall(gate));
        }
        tools.add(new ChartCall());
        return new AgentTools(tools, doc);
    }
}
