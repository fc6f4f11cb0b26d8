package com.shopsight.tools.chart;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a chart shows, which decides its kind: the columns playing each part. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Shows.Auto.class, name = "auto"),
    @JsonSubTypes.Type(value = Shows.TimeSeries.class, name = "time_series"),
    @JsonSubTypes.Type(value = Shows.Forecast.class, name = "forecast"),
    @JsonSubTypes.Type(value = Shows.Ranking.class, name = "ranking"),
    @JsonSubTypes.Type(value = Shows.Breakdown.class, name = "breakdown"),
    @JsonSubTypes.Type(value = Shows.Share.class, name = "share"),
    @JsonSubTypes.Type(value = Shows.Scatter.class, name = "scatter"),
    @JsonSubTypes.Type(value = Shows.Heatmap.class, name = "heatmap")
})
public sealed interface Shows {
    /** The table columns this needs, so that missing ones are reported before any drawing. */
    List<String> fields();

    /** Let the tool pick from the columns' kinds (see {@link ChartTool}). */
    record Auto() implements Shows {
        @Override
        public List<String> fields() {
            return List.of();
        }
    }

    /** A measure over time as lines, one per value of {@code series} (null for a single line). */
    record TimeSeries(String time, String measure, String series) implements Shows {
        public TimeSeries {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public List<String> fields() {
            return present(time, measure, series);
        }
    }

    /**
     * History and forecast as one line told apart by {@code part} (solid history, dashed
     * forecast), with the forecast's interval as a band between {@code lower} and {@code upper}.
     */
    record Forecast(String time, String value, String lower, String upper, String part) implements Shows {
        public Forecast {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
            Objects.requireNonNull(part, "part");
        }

        @Override
        public List<String> fields() {
            return present(time, value, lower, upper, part);
        }
    }

    /** Categories ranked by a measure: bars sorted largest first. */
    record Ranking(String category, String measure) implements Shows {
        public Ranking {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public List<String> fields() {
            return present(category, measure);
        }
    }

    /** A measure by two dimensions: bars per {@code category}, split by {@code group}, side by side or stacked. */
    record Breakdown(String category, String group, String measure, boolean stacked) implements Shows {
        public Breakdown {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public List<String> fields() {
            return present(category, group, measure);
        }
    }

    /** Parts of a whole: an arc (donut) for up to six parts, sorted bars in percent beyond. */
    record Share(String category, String measure) implements Shows {
        public Share {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public List<String> fields() {
            return present(category, measure);
        }
    }

    /** Two measures against each other: one point per row, named by {@code label}, coloured by {@code color} (both optional). */
    record Scatter(String x, String y, String label, String color) implements Shows {
        public Scatter {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
        }

        @Override
        public List<String> fields() {
            return present(x, y, label, color);
        }
    }

    /** A measure over two dimensions as a grid of coloured cells. */
    record Heatmap(String x, String y, String measure) implements Shows {
        public Heatmap {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public List<String> fields() {
            return present(x, y, measure);
        }
    }

    private static List<String> present(String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }
}
