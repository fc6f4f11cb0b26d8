package com.shopsight.tools.forecast;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.shopsight.tools.query.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What {@link ForecastTool#run} gives back: a {@link Forecast}, or why there is none ({@link Failed}). */
public sealed interface ForecastResult permits ForecastResult.Forecast, ForecastResult.Failed {
    /** "ok" or "failed", so JSON readers can tell the outcomes apart. */
    @JsonProperty("status")
    String status();

    /** Every query the tool ran, in order; never null. */
    List<String> sql();

    /**
     * A forecast with its evidence.
     *
     * @param series what was forecast, in words
     * @param frequency the period length, or null for numbered periods
     * @param season the season length used (1 for none)
     * @param history the series the methods were fitted to
     * @param forecast one row per future period
     * @param total the forecast summed over all its periods, with intervals of the sum
     * @param method the method the forecast uses
     * @param parameters its fitted parameters by name
     * @param backtest how the method was chosen; null when the history was too short to compare methods
     * @param facts plain facts for the narrative
     * @param notes how the data was shaped and any caveats, in sentences
     */
    @JsonPropertyOrder({"status", "series", "frequency", "season", "method", "parameters", "forecast", "total", "facts",
        "backtest", "history", "notes", "sql"})
    record Forecast(
            String series,
            Frequency frequency,
            int season,
            List<HistoryPoint> history,
            List<ForecastRow> forecast,
            ForecastTotal total,
            Method method,
            Map<String, Double> parameters,
            Backtest backtest,
            Facts facts,
            List<String> notes,
            List<String> sql) implements ForecastResult {
        public Forecast {
            history = List.copyOf(history);
            forecast = List.copyOf(forecast);
            // Insertion order is the method's own (alpha, beta, ...), which reads better than any sort.
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            notes = List.copyOf(notes);
            sql = List.copyOf(sql);
        }

        @Override
        public String status() {
            return "ok";
        }
    }

    /**
     * No forecast, and why.
     *
     * @param problem what went wrong and what to do about it
     */
    @JsonPropertyOrder({"status", "problem", "sql"})
    record Failed(Problem problem, List<String> sql) implements ForecastResult {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            sql = List.copyOf(sql);
        }

        @Override
        public String status() {
            return "failed";
        }
    }
}
