package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a caller sees of the gate: typed rows, the row cap, checks, and repairable rejections. */
class SqlGateTest {
    @org.junit.jupiter.api.io.TempDir
    static Path folder;

    private static SqlGate gate;

    @BeforeAll
    static void open() {
        Path db = HmFixture.copy(folder);
        gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(null, 1024));
    }

    @AfterAll
    static void close() {
        gate.close();
    }

    private static Rows rows(GateResult result) {
        assertThat(result).as(() -> String.valueOf(result)).isInstanceOf(Rows.class);
        return (Rows) result;
    }

    private static Rejected rejected(Object result) {
        assertThat(result).as(() -> String.valueOf(result)).isInstanceOf(Rejected.class);
        return (Rejected) result;
    }

    @Test
    void returns_columns_with_duckdb_types_and_the_sql_it_ran() {
        Rows rows = rows(gate.run("SELECT product_type_name, count(*) AS units FROM articles GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3"));

        assertThat(rows.columns()).containsExactly(new Column("product_type_name", "VARCHAR"), new Column("units", "BIGINT"));
        assertThat(rows.rowCount()).isEqualTo(3);
        assertThat(rows.truncated()).isFalse();
        assertThat(rows.executedSql()).startsWith("SELECT * FROM (\n").endsWith("LIMIT 1001");
        assertThat(rows.sql()).startsWith("SELECT product_type_name");
    }

    @Test
    void converts_values_to_plain_json_friendly_java() {
        Rows rows = rows(gate.run("SELECT DATE '2020-09-22' AS d, TIMESTAMP '2020-09-22 10:30:00' AS ts, 1::HUGEINT AS h, "
                + "1.50::DECIMAL(10,2) AS dec, 2::INTEGER AS i, 0.5::FLOAT AS f, [1, 2] AS l, {'a': 1} AS s, NULL AS n, true AS b"));

        assertThat(rows.rows().get(0)).containsExactly(LocalDate.of(2020, 9, 22), LocalDateTime.of(2020, 9, 22, 10, 30),
                BigInteger.ONE, new BigDecimal("1.50"), 2L, 0.5, List.of(1L, 2L), Map.of("a", 1L), null, true);
    }

    @Test
    void serialises_rows_with_a_plain_object_mapper() throws Exception {
        Rows rows = rows(gate.run("SELECT DATE '2020-09-22' AS d, [1, 2] AS l, 1::HUGEINT AS h"));

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(rows));

        assertThat(json.path("status").asText()).isEqualTo("rows");
        assertThat(json.path("columns").get(0).path("type").asText()).isEqualTo("DATE");
        assertThat(json.path("rows").get(0).toString()).isEqualTo("[\"2020-09-22\",[1,2],1]");
        assertThat(json.path("rowCount").asInt()).isEqualTo(1);
        assertThat(json.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void caps_rows_and_says_it_did() {
        Rows rows = rows(gate.run("SELECT article_id FROM articles ORDER BY article_id", new QueryLimits(5, Duration.ofSeconds(5))));

        assertThat(rows.rowCount()).isEqualTo(5);
        assertThat(rows.truncated()).isTrue();
        assertThat(rows.executedSql()).endsWith("LIMIT 6");
    }

    @Test
    void keeps_the_order_of_the_query_under_the_cap() {
        Rows capped = rows(gate.run("SELECT article_id FROM articles ORDER BY article_id DESC", new QueryLimits(10, Duration.ofSeconds(5))));
        Rows all = rows(gate.run("SELECT article_id FROM articles ORDER BY article_id DESC"));

        assertThat(capped.rows()).isEqualTo(all.rows().subList(0, 10));
    }

    @Test
    void does_not_call_a_result_of_exactly_the_cap_truncated() {
        Rows rows = rows(gate.run("SELECT * FROM range(5)", new QueryLimits(5, Duration.ofSeconds(5))));

        assertThat(rows.rowCount()).isEqualTo(5);
        assertThat(rows.truncated()).isFalse();
    }

    @Test
    void checks_without_running_and_reports_what_the_query_uses() {
        Accepted accepted = (Accepted) gate.check(
                "SELECT a.prod_name, sum(t.price) AS revenue FROM transactions t JOIN articles a USING (article_id) GROUP BY 1");

        assertThat(accepted.columns()).containsExactly(new Column("prod_name", "VARCHAR"), new Column("revenue", "DOUBLE"));
        assertThat(accepted.tables()).containsExactly("articles", "transactions");
        assertThat(accepted.functions()).containsExactly("sum");
        assertThat(accepted.parsers()).containsExactly("duckdb", "jsqlparser");
    }

    @Test
    void accepts_duckdb_sql_that_jsqlparser_cannot_read() {
        for (String sql : List.of(
                "FROM articles SELECT prod_name LIMIT 3",
                "SELECT * FROM articles USING SAMPLE 5 ROWS",
                "SELECT count(*) FROM articles TABLESAMPLE 10%",
                "UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME k VALUE v")) {
            GateCheck check = gate.check(sql);
            assertThat(check).as(sql + " -> " + check).isInstanceOf(Accepted.class);
            assertThat(((Accepted) check).parsers()).as(sql).containsExactly("duckdb");
        }
    }

    @Test
    void accepts_a_trailing_semicolon_and_comment() {
        Rows rows = rows(gate.run("SELECT count(*) AS n FROM customers; -- all of them\n/* done */"));

        assertThat(rows.rows()).containsExactly(List.of(5000L));
        assertThat(rows.executedSql()).doesNotContain("--").doesNotContain(";");
    }

    @Test
    void names_duplicate_columns_apart() {
        Rows rows = rows(gate.run("SELECT 1 AS x, 2 AS x"));

        assertThat(rows.columns()).extracting(Column::name).containsExactly("x", "x_1");
    }

    @Test
    void suggests_the_label_column_for_a_misspelt_one() {
        Rejected r = rejected(gate.run("SELECT prod_type, count(*) FROM articles GROUP BY 1"));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.UNKNOWN_COLUMN);
        assertThat(r.message()).isEqualTo("no column prod_type; did you mean product_type_name?");
        assertThat(r.hint()).contains("product_type_no").contains("articles has article_id");
        assertThat(r.position()).isEqualTo(7);
    }

    @Test
    void suggests_a_column_of_an_aliased_table() {
        Rejected r = rejected(gate.run("SELECT a.colour FROM articles a"));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.UNKNOWN_COLUMN);
        assertThat(r.message()).startsWith("no column colour in a; did you mean colour_group_name?");
    }

    @Test
    void finds_the_position_of_an_error_on_a_later_line() {
        String sql = "SELECT prod_name\nFROM articles\nWHERE colour_grup_name = 'Black'";

        Rejected r = rejected(gate.run(sql));

        assertThat(r.position()).isEqualTo(sql.indexOf("colour_grup_name"));
        assertThat(r.message()).contains("did you mean colour_group_name?");
    }

    @Test
    void suggests_a_table_for_a_misspelt_one() {
        Rejected r = rejected(gate.run("SELECT * FROM artcles"));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.UNKNOWN_TABLE);
        assertThat(r.message()).isEqualTo("no table artcles; did you mean articles?");
        assertThat(r.position()).isEqualTo(14);
    }

    @Test
    void suggests_a_function_for_a_misspelt_one() {
        Rejected r = rejected(gate.run("SELECT sume(price) FROM transactions"));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.UNKNOWN_FUNCTION);
        assertThat(r.message()).isEqualTo("no function sume; did you mean sum?");
    }

    @Test
    void gives_syntax_errors_with_their_position_in_characters() {
        String sql = "SELECT 'héllo' AS greeting,, 1";

        Rejected r = rejected(gate.run(sql));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.SYNTAX);
        assertThat(r.position()).isEqualTo(sql.indexOf(",,") + 1);
    }

    @Test
    void explains_duckdb_lambda_syntax() {
        Rejected r = rejected(gate.run("SELECT list_transform([1, 2], x -> x + 1)"));

        assertThat(r.hint()).contains("lambda x: x + 1");
    }

    @Test
    void rejects_a_second_statement() {
        Rejected r = rejected(gate.run("SELECT 1; SELECT 2"));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.MULTIPLE_STATEMENTS);
        assertThat(r.position()).isEqualTo(10);
    }

    @Test
    void rejects_a_statement_that_is_not_a_query() {
        Rejected r = rejected(gate.check("DROP TABLE articles"));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.FORBIDDEN_STATEMENT);
        assertThat(r.message()).startsWith("DROP statements are not allowed");
    }

    @Test
    void rejects_an_empty_query() {
        assertThat(rejected(gate.run("  -- nothing\n")).kind()).isEqualTo(Rejected.Kind.SYNTAX);
        assertThat(rejected(gate.run("")).kind()).isEqualTo(Rejected.Kind.SYNTAX);
    }

    @Test
    void reports_type_errors_as_invalid_queries() {
        Rejected r = rejected(gate.check("SELECT prod_name + 1 FROM articles"));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.INVALID_QUERY);
    }

    @Test
    void reports_failures_while_running_as_execution_errors() {
        Rejected r = rejected(gate.run("SELECT prod_name::INTEGER FROM articles"));

        assertThat(r.kind()).isEqualTo(Rejected.Kind.EXECUTION_ERROR);
        assertThat(r.message()).startsWith("Conversion Error");
    }

    @Test
    void serialises_a_rejection_for_an_llm_to_read() throws Exception {
        Rejected r = rejected(gate.run("SELECT prod_type FROM articles"));

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));

        assertThat(json.path("status").asText()).isEqualTo("rejected");
        assertThat(json.path("code").asText()).isEqualTo("unknown_column");
        assertThat(json.path("message").asText()).contains("product_type_name");
        assertThat(json.path("position").asInt()).isEqualTo(7);
        assertThat(json.path("sql").asText()).isEqualTo("SELECT prod_type FROM articles");
    }

    @Test
    void refuses_to_open_a_missing_database(@org.junit.jupiter.api.io.TempDir Path folder) {
        Path missing = folder.resolve("none.duckdb");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqlGate.open(missing, GateConfig.forDatabase(missing)))
                .isInstanceOf(com.shopsight.tools.db.DatabaseMissingException.class)
                .hasMessageContaining("generate --scale small");
    }
}
