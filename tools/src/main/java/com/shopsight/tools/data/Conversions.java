package com.shopsight.tools.data;

import java.util.Set;

/**
 * The SQL that turns a staged column into its H&M column: the same expression is checked
 * (a value that converts to NULL is a problem) and then written, so what was checked is what
 * is loaded.
 */
final class Conversions {
    private static final Set<String> FLOATS = Set.of("DOUBLE", "FLOAT", "REAL");

    private Conversions() {}

    /** The staged value with NaN (how pandas writes a missing number) read as NULL. */
    static String raw(StagedTable t, String column) {
        String type = t.sourceTypes().get(column);
        String id = Sql.ident(column);
        return type != null && FLOATS.contains(type) ? "CASE WHEN isnan(" + id + ") THEN NULL ELSE " + id + " END" : id;
    }

    /** The expression giving the H&M column from the stage table. */
    static String convert(StagedTable t, String column) {
        String target = typeOf(t.table(), column);
        String type = t.sourceTypes().get(column);
        if (type == null) {
            // Kumo's articles: product_code is article_id without its 3-digit colour suffix.
            return column.equals("product_code")
                    ? "TRY_CAST(substr(" + convert(t, "article_id") + ", 1, 7) AS " + target + ")"
                    : "CAST(NULL AS " + target + ")";
        }
        String raw = raw(t, column);
        if (column.equals("article_id")) {
            // Integer ids (Parquet) and ids that lost their leading zero both become H&M's 10 digits.
            String text = "CAST(" + raw + " AS VARCHAR)";
            return "CASE WHEN regexp_full_match(" + text + ", '[0-9]{1,10}') THEN lpad(" + text + ", 10, '0') END";
        }
        return type.equals(target) ? raw : "TRY_CAST(" + raw + " AS " + target + ")";
    }

    /** True when the stage column is not already of its H&M type, so its values must be checked. */
    static boolean needsCheck(StagedTable t, String column) {
        String type = t.sourceTypes().get(column);
        return type != null && (column.equals("article_id") || !type.equals(typeOf(t.table(), column)));
    }

    static String typeOf(HmTables.Table table, String column) {
        return table.columns().stream().filter(c -> c.name().equals(column))
                .map(HmTables.Column::type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table.name() + " has no column " + column));
    }
}
