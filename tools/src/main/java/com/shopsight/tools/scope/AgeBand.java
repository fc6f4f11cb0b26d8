package com.shopsight.tools.scope;

import com.fasterxml.jackson.annotation.JsonValue;

/** The customer age bands every ShopSight layer uses: under 25, 25-34, 35-44, 45-54, 55+ and unknown. */
public enum AgeBand {
    UNDER_25("<25", "age < 25"),
    FROM_25_TO_34("25-34", "age BETWEEN 25 AND 34"),
    FROM_35_TO_44("35-44", "age BETWEEN 35 AND 44"),
    FROM_45_TO_54("45-54", "age BETWEEN 45 AND 54"),
    FROM_55("55+", "age >= 55"),
    UNKNOWN("unknown", "age IS NULL");

    private final String label;
    private final String condition;

    AgeBand(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The condition on the age column of the customers table aliased {@code alias}. */
    public String condition(String alias) {
        return condition.replace("age", alias + ".age");
    }

    /** A CASE expression giving the band label of {@code ageColumn}. */
    public static String caseSql(String ageColumn) {
        return "CASE WHEN " + ageColumn + " IS NULL THEN 'unknown' WHEN " + ageColumn + " < 25 THEN '<25'"
                + " WHEN " + ageColumn + " < 35 THEN '25-34' WHEN " + ageColumn + " < 45 THEN '35-44'"
                + " WHEN " + ageColumn + " < 55 THEN '45-54' ELSE '55+' END";
    }

    /** Parses a label ("<25", "55+", "25-34", "unknown") or a name ("under_25"). */
    public static AgeBand parse(String text) {
        String t = text.trim();
        for (AgeBand b : values()) {
            if (b.label.equalsIgnoreCase(t) || b.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unknown age band '" + text + "': use <25, 25-34, 35-44, 45-54, 55+ or unknown");
    }
}
