package com.shopsight.agent.llm;

import com.shopsight.agent.semantic.SemanticModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The semantic model in a few lines for the prompt: the fact table, the joins, and what SQL
 * each metric, dimension and filter means, with a few of the words people use for each.
 * The YAML's long synonym lists stay out; they are for the offline planner.
 */
final class SemanticSummary {
    private static final int WORDS = 5;

    private SemanticSummary() {}

    static String render(SemanticModel m) {
        StringBuilder s = new StringBuilder();
        if (m.fact() != null) {
            s.append("Fact table: ").append(m.fact().table()).append(' ').append(m.fact().alias()).append(" (")
                    .append(m.fact().grain()).append("); its date is ").append(m.fact().date()).append(".\n");
        }
        if (m.today() != null) {
            s.append("Today: ").append(m.today()).append('\n');
        }
        if (!m.entities().isEmpty()) {
            s.append("Joins:\n");
            m.entities().forEach(e -> s.append("- ").append(e.join()).append('\n'));
        }
        s.append("Metrics (name: SQL; words):\n");
        for (SemanticModel.Metric metric : m.metrics()) {
            s.append("- ").append(metric.name()).append(": ").append(metric.sql())
                    .append(metric.table() != null ? " over " + metric.table() : "").append("; ").append(words(metric.words()))
                    .append('\n');
        }
        s.append("Dimensions (name: expression; words):\n");
        for (SemanticModel.Dimension d : m.dimensions()) {
            s.append("- ").append(d.name()).append(": ").append(d.expression()).append("; ").append(words(d.words()))
                    .append('\n');
        }
        s.append("Filters (name: condition; words):\n");
        for (SemanticModel.Filter f : m.filters()) {
            s.append("- ").append(f.name()).append(": ").append(f.sql()).append("; ").append(words(f.words())).append('\n');
        }
        return s.toString().strip();
    }

    private static String words(List<String> words) {
        return words.stream().limit(WORDS).collect(Collectors.joining(", "));
    }
}
