package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.testing.TinyDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `shopsight sql`: formats, the row cap, and the exit codes a script can rely on. */
class SqlCommandTest {
    @TempDir
    Path folder;

    private Path db;

    /** What a run printed and how it ended. */
    record Run(int exit, String out, String err) {}

    @BeforeEach
    void copyDatabase() {
        db = TinyDataset.copyTo(folder);
    }

    private static Run shopsight(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ShopSightCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void prints_a_table_by_default() {
        Run run = shopsight("--db", db.toString(), "sql",
                "SELECT index_group_name, count(*) AS articles FROM articles GROUP BY 1 ORDER BY 1");

        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("index_group_name +\\| articles");
        assertThat(lines.get(1)).matches("-+-\\+-+");
        assertThat(lines).anyMatch(l -> l.matches("Ladieswear +\\| +363"));
        assertThat(lines.get(lines.size() - 1)).matches("\\(5 rows, \\d+ ms\\)");
    }

    @Test
    void reads_db_after_the_command_too() {
        Run run = shopsight("sql", "SELECT count(*) AS n FROM customers", "--db", db.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("5000");
    }

    @Test
    void prints_csv() {
        Run run = shopsight("--db", db.toString(), "sql", "--format", "csv",
                "SELECT 'a,b' AS text, NULL AS nothing, 1.5 AS x, DATE '2020-09-22' AS d");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("text,nothing,x,d\r\n\"a,b\",,1.5,2020-09-22\r\n");
    }

    @Test
    void prints_the_result_object_as_json() throws Exception {
        Run run = shopsight("--db", db.toString(), "sql", "--format", "json", "--max-rows", "3",
                "SELECT article_id FROM articles ORDER BY article_id");

        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("status").asText()).isEqualTo("rows");
        assertThat(json.path("columns").get(0).path("name").asText()).isEqualTo("article_id");
        assertThat(json.path("rows")).hasSize(3);
        assertThat(json.path("truncated").asBoolean()).isTrue();
        assertThat(json.path("executedSql").asText()).endsWith("LIMIT 4");
    }

    @Test
    void says_when_the_row_cap_cut_the_table() {
        Run run = shopsight("--db", db.toString(), "sql", "--max-rows", "2", "SELECT * FROM range(10)");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("(first 2 rows: the query has more; raise --max-rows");
    }

    @Test
    void exits_with_4_and_a_repairable_message_for_a_rejected_query() {
        Run run = shopsight("--db", db.toString(), "sql", "SELECT prod_type FROM articles");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: unknown_column at 7: no column prod_type; did you mean product_type_name?")
                .contains("  SELECT prod_type FROM articles\n         ^")
                .contains("hint: ");
    }

    @Test
    void prints_the_rejection_as_json_too_when_asked() throws Exception {
        Run run = shopsight("--db", db.toString(), "sql", "--format", "json", "COPY articles TO 'x.csv'");

        assertThat(run.exit()).isEqualTo(4);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("status").asText()).isEqualTo("rejected");
        assertThat(json.path("code").asText()).isEqualTo("forbidden_statement");
        assertThat(run.err()).contains("forbidden_statement");
    }

    @Test
    void exits_with_4_when_the_time_limit_stops_a_query() {
        Run run = shopsight("--db", db.toString(), "sql", "--timeout", "0.5",
                "SELECT count(*) FROM transactions a, transactions b, transactions c");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).contains("timeout").contains("0.5 s limit");
    }

    @Test
    void exits_with_3_and_says_how_to_make_a_database_when_there_is_none() {
        Run run = shopsight("--db", folder.resolve("none.duckdb").toString(), "sql", "SELECT 1");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("generate --scale small");
    }

    @Test
    void exits_with_2_for_a_bad_option() {
        assertThat(shopsight("--db", db.toString(), "sql", "--max-rows", "0", "SELECT 1").exit()).isEqualTo(2);
        assertThat(shopsight("--db", db.toString(), "sql", "--format", "xml", "SELECT 1").exit()).isEqualTo(2);
        assertThat(shopsight("--db", db.toString(), "sql").exit()).isEqualTo(2);
    }

    @Test
    void writes_the_audit_log_beside_the_database() {
        shopsight("--db", db.toString(), "sql", "SELECT 1");

        assertThat(folder.resolve("audit").resolve("sql-audit.jsonl")).content().contains("\"surface\":\"cli\"");
    }
}
