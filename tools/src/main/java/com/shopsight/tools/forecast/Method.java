package com.shopsight.tools.forecast;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The forecasting methods the tool compares, simplest first: when two score the same in the
 * backtest, the simpler one wins.
 */
public enum Method {
    /** The last value carried forward. */
    NAIVE(false),
    /** The value one season ago. */
    SEASONAL_NAIVE(true),
    /** The value one season ago, scaled by how the last few periods compare with the same periods a season earlier. */
    SEASONAL_NAIVE_SCALED(true),
    /** The last value plus the average change over the history. */
    DRIFT(false),
    /** The Python prototype's rule: a weighted average of the last 4 periods plus the slope of the last 8. */
    WEIGHTED_AVERAGE_TREND(false),
    /** Simple exponential smoothing (level only). */
    SES(false),
    /** Holt's linear trend with the trend damped towards flat. */
    HOLT_DAMPED(false),
    /** Holt-Winters with an additive season. */
    HOLT_WINTERS_ADDITIVE(true),
    /** Holt-Winters with a multiplicative season (positive series only). */
    HOLT_WINTERS_MULTIPLICATIVE(true);

    private final boolean seasonal;

    Method(boolean seasonal) {
        this.seasonal = seasonal;
    }

    /** Whether the method models a season (and so needs a season length above 1). */
    public boolean seasonal() {
        return seasonal;
    }

    /** The stable lower-case code JSON and the command line use: "holt_damped". */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The fewest periods this method needs to be fitted with a season of {@code season}
     * periods; Holt-Winters needs two full seasons to start its seasonal states.
     */
    int minLength(int season) {
        return switch (this) {
            case NAIVE -> 2;
            case SEASONAL_NAIVE -> season + 2;
            case SEASONAL_NAIVE_SCALED -> season + ScaledSeasonalNaiveModel.recent(season) + 2;
            case DRIFT -> 3;
            case WEIGHTED_AVERAGE_TREND -> WeightedAverageTrendModel.SLOPE_WINDOW;
            case SES -> 4;
            case HOLT_DAMPED -> 8;
            case HOLT_WINTERS_ADDITIVE, HOLT_WINTERS_MULTIPLICATIVE -> 2 * season + 2;
        };
    }

    /** Parses a code ("holt_damped") or name, in any case. */
    public static Method parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Method m : values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown forecasting method '" + text + "'");
    }
}
