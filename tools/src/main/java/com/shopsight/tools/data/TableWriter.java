package com.shopsight.tools.data;

import com.shopsight.tools.db.DuckDb;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes checked tables as the H&M tables of the new database, and sums them up. */
final class TableWriter {
    private TableWriter() {}

    /** Creates the H&M table with its contract types and fills it from the stage, in file order. */
    static void write(Connection conn, StagedTable t) {
        HmTables.Table table = t.table();
        if (t.inPlace()) {
            if (table.columnNames().contains("article_id")) {
                // Already checked: every article_id is 1 to 10 digits, and only short ones change.
                DuckDb.execute(conn, "UPDATE " + t.stageName()
                        + " SET article_id = lpad(article_id, 10, '0') WHERE length(article_id) < 10");
            }
            return;
        }
        String select = table.columnNames().stream()
                .map(c -> Conversions.convert(t, c) + " AS " + Sql.ident(c))
                .collect(Collectors.joining(", "));
        DuckDb.execute(conn,
                table.createSql("main." + Sql.ident(table.name())),
                "INSERT INTO main." + Sql.ident(table.name()) + " SELECT " + select + " FROM " + t.stageName());
    }

    /** Transactions whose article or customer is missing from its table: kept, and said. */
    static List<String> orphans(Connection conn) {
        List<String> notices = new ArrayList<>();
        for (String[] ref : new String[][] {{"article_id", "articles"}, {"customer_id", "customers"}}) {
            String id = ref[0];
            List<long[]> n = Sql.query(conn, "SELECT count(*), count(DISTINCT t." + id + ") FROM main.transactions t "
                    + "WHERE NOT EXISTS (SELECT 1 FROM main." + ref[1] + " x WHERE x." + id + " = t." + id + ")",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)});
            if (n.get(0)[0] > 0) {
                notices.add(String.format(java.util.Locale.ROOT,
                        "%,d transactions refer to %,d %s values that are not in %s; they are kept, and joins to %s leave them out",
                        n.get(0)[0], n.get(0)[1], id, ref[1], ref[1]));
            }
        }
        return notices;
    }

    /** Row counts, the date range and distinct buyers and articles sold. */
    record Figures(long articles, long customers, long transactions, LocalDate firstDay, LocalDate lastDay,
            long buyers, long articlesSold) {}

    static Figures figures(Connection conn) {
        return Sql.query(conn, "SELECT (SELECT count(*) FROM main.articles), (SELECT count(*) FROM main.customers), "
                + "count(*), min(t_dat), max(t_dat), count(DISTINCT customer_id), count(DISTINCT article_id) "
                + "FROM main.transactions", rs -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getLong(7))).get(0);
    }
}
