package com.shopsight.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlInspectorTest {
    private static SqlInspector inspector;

    @BeforeAll
    static void open() throws Exception {
        try (Connection conn = DuckDb.openReadOnly(TinyDataset.path())) {
            inspector = SqlInspector.of(conn);
        }
    }

    @AfterAll
    static void close() {
        inspector.close();
    }

    @Test
    void sees_an_order_by_at_the_top_level_only() {
        assertThat(inspector.ordersAtTop("SELECT 1 AS x ORDER BY x")).isTrue();
        assertThat(inspector.ordersAtTop("SELECT 1 UNION ALL SELECT 2 ORDER BY 1")).isTrue();
        assertThat(inspector.ordersAtTop("WITH w AS (SELECT 1 AS x ORDER BY x) SELECT x FROM w ORDER BY x LIMIT 1")).isTrue();
        assertThat(inspector.ordersAtTop("WITH w AS (SELECT 1 AS x ORDER BY x) SELECT x FROM w")).isFalse();
        assertThat(inspector.ordersAtTop("SELECT * FROM (SELECT 1 ORDER BY 1) LIMIT 2")).isFalse();
        assertThat(inspector.ordersAtTop("SELECT count(*) OVER (ORDER BY t_dat) FROM transactions")).isFalse();
    }

    @Test
    void names_the_table_or_column_the_dataset_does_not_have() {
        assertThat(inspector.unknownNames("SELECT * FROM sales")).containsExactly("table sales");
        assertThat(inspector.unknownNames("SELECT colour FROM articles")).containsExactly("column colour");
        assertThat(inspector.unknownNames("SELECT a.colour FROM articles a")).containsExactly("column a.colour");
        assertThat(inspector.unknownNames("SELECT x.prod_name FROM articles a")).containsExactly("table x");
        assertThat(inspector.unknownNames("SELECT item FROM meta.planted")).containsExactly("table meta.planted");
    }

    @Test
    void finds_nothing_wrong_with_right_names_ctes_and_aliases() {
        assertThat(inspector.unknownNames("WITH s AS (SELECT article_id, COUNT(*) AS units FROM transactions GROUP BY 1)"
                + " SELECT a.prod_name, s.units FROM s JOIN articles a USING (article_id) ORDER BY units DESC")).isEmpty();
    }

    @Test
    void leaves_errors_that_are_not_about_names_and_non_queries_alone() {
        assertThat(inspector.unknownNames("SELECT no_such_function(1)")).isEmpty();
        assertThat(inspector.unknownNames("SELECT FROM WHERE")).isEmpty();
        assertThat(inspector.unknownNames("DROP TABLE articles")).isEmpty();
        assertThat(inspector.unknownNames("SELECT 1; DROP TABLE articles")).isEmpty();
    }

    @Test
    void knows_one_query_from_several_statements_or_none() {
        assertThat(inspector.isOneQuery("WITH w AS (SELECT 1) SELECT * FROM w")).isTrue();
        assertThat(inspector.isOneQuery("SELECT 1; SELECT 2")).isFalse();
        assertThat(inspector.isOneQuery("SELECT 1; DROP TABLE articles")).isFalse();
        assertThat(inspector.isOneQuery("COPY articles TO 'x.csv'")).isFalse();
    }

    @Test
    void never_touches_files(@TempDir Path dir) {
        Path file = dir.resolve("out.csv");

        inspector.unknownNames("COPY (SELECT 1) TO '" + file + "'");
        inspector.unknownNames("SELECT * FROM read_csv('" + file + "')");

        assertThat(Files.exists(file)).isFalse();
    }
}
