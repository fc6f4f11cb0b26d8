package com.shopsight.tools.chart;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/** What {@link ChartTool#run} gives back: a {@link Chart}, or why the table cannot be drawn as asked. */
public sealed interface ChartResult {
    /** "chart" or "not_charted". */
    String status();

    /**
     * A Vega-Lite spec with its data inlined.
     *
     * @param kind the chart drawn: line, forecast, bar, grouped_bar, stacked_bar, arc, point or heatmap
     * @param spec the Vega-Lite JSON, ready for vega-embed
     * @param rows how many rows the spec holds
     * @param tableRows how many rows the table had
     * @param notes what a reader should know (rows left out, a pie turned into bars)
     * @param sql the query behind the table, or null
     */
    @JsonPropertyOrder({"status", "kind", "rows", "tableRows", "notes", "sql", "spec"})
    record Chart(String kind, ObjectNode spec, int rows, int tableRows, List<String> notes, String sql) implements ChartResult {
        public Chart {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(spec, "spec");
            notes = List.copyOf(notes);
        }

        @Override
        @JsonProperty("status")
        public String status() {
            return "chart";
        }
    }

    /**
     * The table does not fit the chart asked for.
     *
     * @param reason why, in a sentence a person or an LLM can act on
     * @param sql the query behind the table, or null
     */
    @JsonPropertyOrder({"status", "reason", "sql"})
    record NotCharted(String reason, String sql) implements ChartResult {
        public NotCharted {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        @JsonProperty("status")
        public String status() {
            return "not_charted";
        }
    }
}
