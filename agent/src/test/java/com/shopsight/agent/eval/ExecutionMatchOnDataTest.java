package com.shopsight.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.TinyDataset;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorer on results of real queries on the tiny dataset, written the different ways people (and agents) write them. */
class ExecutionMatchOnDataTest {
    private static Connection conn;

    @BeforeAll
    static void open() {
        conn = DuckDb.openReadOnly(TinyDataset.path());
    }

    @AfterAll
    static void close() throws Exception {
        conn.close();
    }

    private static final String GOLD = "SELECT a.product_type_name, COUNT(*) AS units FROM transactions t"
            + " JOIN articles a ON a.article_id = t.article_id GROUP BY 1 ORDER BY units DESC, 1 LIMIT 10";

    @Test
    void a_right_answer_with_other_names_other_column_order_and_an_extra_column_matches_leniently() {
        String other = "WITH per_type AS (SELECT product_type_name AS \"Product type\", SUM(1) AS \"Units sold\","
                + " SUM(price) AS revenue FROM transactions JOIN articles USING (article_id) GROUP BY ALL)"
                + " SELECT revenue, \"Units sold\", \"Product type\" FROM per_type"
                + " ORDER BY \"Units sold\" DESC, \"Product type\" LIMIT 10";

        TableMatch match = ExecutionMatch.compare(Tables.query(conn, GOLD), true, Tables.query(conn, other),
                Tolerance.DEFAULT);

        assertThat(match).isEqualTo(new TableMatch.Lenient(List.of("Product type", "Units sold"), List.of("revenue")));
    }

    @Test
    void a_wrong_filter_that_keeps_the_shape_does_not_match() {
        String online = GOLD.replace("GROUP BY 1", "WHERE t.sales_channel_id = 2 GROUP BY 1");

        TableMatch match = ExecutionMatch.compare(Tables.query(conn, GOLD), true, Tables.query(conn, online),
                Tolerance.DEFAULT);

        assertThat(match).isInstanceOf(TableMatch.Mismatch.class);
        assertThat(((TableMatch.Mismatch) match).reason()).startsWith("no column of the answer holds the values of ");
    }

    @Test
    void weekly_dates_match_as_timestamps_or_dates() {
        String gold = "SELECT date_trunc('week', t_dat) AS week, COUNT(*) FROM transactions"
                + " WHERE t_dat >= DATE '2020-08-03' GROUP BY 1 ORDER BY 1";
        String asDates = "SELECT CAST(date_trunc('week', t_dat) AS DATE) AS w, COUNT(*) AS n FROM transactions"
                + " WHERE t_dat >= DATE '2020-08-03' GROUP BY 1 ORDER BY 1";

        assertThat(ExecutionMatch.compare(Tables.query(conn, gold), true, Tables.query(conn, asDates), Tolerance.DEFAULT)
                .strict()).isTrue();
    }
}
