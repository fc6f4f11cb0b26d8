package com.shopsight.tools.gate;

/**
 * Puts a row cap on a query without changing what it means: the query becomes a subquery and
 * the outer query takes its first cap + 1 rows, so one row too many says it was truncated.
 * DuckDB documents that a plain SELECT * and LIMIT over a subquery keep its ORDER BY's order
 * (docs: "Order Preservation"), and DuckDB turns ORDER BY + LIMIT into a top-N, so the
 * wrapped query costs no more than the original.
 *
 * <p>The wrap is textual on purpose. Re-printing the query from JSqlParser's tree would run
 * it through a parser that does not know DuckDB's dialect: JSqlParser reads {@code //} as
 * the start of a comment and prints {@code ~~} as {@code ~ ~}, so the printed query could
 * mean something else. One visible change: duplicate output names come back made unique
 * ({@code x}, {@code x_1}), as DuckDB names a subquery's columns.
 */
final class RowCap {
    /** Ends with a newline, so the query's own lines keep their numbers + 1 in DuckDB errors. */
    static final String PREFIX = "SELECT * FROM (\n";

    private RowCap() {}

    /** {@code body}: one DuckDB-parsed query with nothing after its last token. */
    static String wrap(String body, int cap) {
        // The newline before ")" ends any -- comment the trimming could have missed.
        return PREFIX + body + "\n) AS shopsight_capped LIMIT " + ((long) cap + 1);
    }
}
