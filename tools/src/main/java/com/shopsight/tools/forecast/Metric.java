package com.shopsight.tools.forecast;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a filtered series counts: units sold (transaction rows) or revenue (the sum of price). */
public enum Metric {
    UNITS("count(*)", "units sold"),
    REVENUE("sum(t.price)", "revenue");

    private final String sql;
    private final String words;

    Metric(String sql, String words) {
        this.sql = sql;
        this.words = words;
    }

    /** The aggregate over transactions {@code t}. */
    String sql() {
        return sql;
    }

    /** How a person says it. */
    public String words() {
        return words;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "units" or "revenue" (also "sales", "money"), in any case. */
    public static Metric parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "units", "unit", "sales", "count" -> UNITS;
            case "revenue", "money", "turnover" -> REVENUE;
            default -> throw new IllegalArgumentException("Unknown metric '" + text + "': use units or revenue");
        };
    }
}
