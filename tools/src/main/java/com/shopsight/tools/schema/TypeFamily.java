package com.shopsight.tools.schema;

import java.util.Locale;
import java.util.Set;

/** DuckDB types grouped by what the learner can measure about them. */
enum TypeFamily {
    INTEGER,
    FRACTIONAL,
    STRING,
    BOOLEAN,
    TEMPORAL,
    /** Scalars with an order but no arithmetic the learner uses: TIME, INTERVAL, UUID. */
    OTHER_SCALAR,
    /** LIST, STRUCT, MAP, UNION, ARRAY, BLOB, BIT: only their NULLs are counted. */
    NESTED;

    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT");

    static TypeFamily of(String type) {
        String t = type.toUpperCase(Locale.ROOT).trim();
        if (t.endsWith("]") || t.startsWith("STRUCT") || t.startsWith("MAP") || t.startsWith("UNION")
                || t.equals("BLOB") || t.equals("BIT") || t.equals("VARIANT")) {
            return NESTED;
        }
        if (INTEGERS.contains(t)) {
            return INTEGER;
        }
        if (t.equals("FLOAT") || t.equals("DOUBLE") || t.equals("REAL") || t.startsWith("DECIMAL")) {
            return FRACTIONAL;
        }
        if (t.equals("VARCHAR") || t.startsWith("ENUM") || t.equals("JSON") || t.startsWith("CHAR")) {
            return STRING;
        }
        if (t.equals("BOOLEAN")) {
            return BOOLEAN;
        }
        if (t.startsWith("DATE") || t.startsWith("TIMESTAMP")) {
            return TEMPORAL;
        }
        return OTHER_SCALAR;
    }

    boolean numeric() {
        return this == INTEGER || this == FRACTIONAL;
    }
}
