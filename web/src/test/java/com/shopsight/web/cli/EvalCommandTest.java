package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.agent.answer.Usage;
import com.shopsight.agent.eval.EvalReports;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.TinyDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    private static final String SUITE = """
            dataset: hm
            questions:
              - id: members
                category: kpi
                question: how many club members
                sql: SELECT COUNT(*) FROM customers WHERE club_member_status = 'ACTIVE'
              - id: customers
                category: kpi
                question: how many customers
                sql: SELECT COUNT(*) FROM customers
              - id: types
                category: breakdown
                question: units by product group
                sql: SELECT product_group_name, COUNT(*) FROM transactions JOIN articles USING (article_id) GROUP BY 1
            """;

    /** A test fixture, not a product: answers from a fixed map of question to SQL, run for real on the database. */
    static final class MapAgent implements Agent, AutoCloseable {
        private final Connection conn;
        private final Map<String, String> sql;
        boolean closed;

        MapAgent(Path db, Map<String, String> sql) {
            this.conn = DuckDb.openReadOnly(db);
            this.sql = sql;
        }

        @Override
        public Answer ask(Question q, AnswerListener listener) {
            String query = sql.get(q.text());
            Table table = query == null ? null : run(query);
            List<Step> steps = query == null ? List.of()
                    : List.of(new Step("sql", JsonNodeFactory.instance.objectNode(), query, table.rows().size(), 1, null));
            return new Answer("a", q.text(), "c", Mode.OFFLINE, null, query == null ? "Not understood." : "Done.", steps,
                    table, null, query, "fixture", List.of(), Usage.offline(1));
        }

        private Table run(String query) {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(query)) {
                int n = rs.getMetaData().getColumnCount();
                List<Table.Column> columns = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    columns.add(new Table.Column(rs.getMetaData().getColumnLabel(i), rs.getMetaData().getColumnTypeName(i)));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
                return new Table(columns, rows);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            closed = true;
            conn.close();
        }
    }

    @TempDir
    Path dir;
    private Path suite;
    private Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Question.ModeChoice> modes = new ArrayList<>();
    private MapAgent agent;

    @BeforeEach
    void writeTheSuite() throws IOException {
        suite = dir.resolve("hm.golden.yaml");
        Files.writeString(suite, SUITE);
        db = TinyDataset.copyTo(dir);
    }

    private int run(String... args) {
        AgentOpener opener = (database, mode, conversations) -> {
            assertThat(conversations).isDirectory();
            modes.add(mode);
            agent = new MapAgent(database, Map.of(
                    "how many club members", "SELECT COUNT(*) AS members FROM customers WHERE club_member_status = 'ACTIVE'",
                    "units by product group", "SELECT product_group_name, COUNT(*) AS n FROM transactions"
                            + " JOIN articles USING (article_id) WHERE sales_channel_id = 2 GROUP BY 1"));
            return agent;
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == EvalCommand.class ? cls.cast(new EvalCommand(opener)) : CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = ShopSightCli.commandLine(factory);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void prints_the_scores_by_category_and_the_misses_and_writes_the_reports() {
        int code = run("--db", db.toString(), "eval", "--suite", suite.toString());

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains(
                "Golden questions: hm suite, offline mode",
                "kpi                      2     50.0 %     1     50.0 %     1",
                "breakdown                1      0.0 %     0      0.0 %     0",
                "all                      3     33.3 %     1     33.3 %     1",
                "unwanted refusals      1",
                "Misses:", "FAIL     customers: how many customers", "gave no table or chart: Not understood.");
        Path latest = EvalReports.latest(dir.resolve("reports")).orElseThrow();
        assertThat(out.toString()).contains("Reports: " + latest.resolve("report.html"));
        assertThat(latest.resolve("junit.xml")).isRegularFile();
        assertThat(modes).containsExactly(Question.ModeChoice.OFFLINE);
        assertThat(agent.closed).isTrue();
    }

    @Test
    void asks_only_one_category_in_the_mode_given_and_writes_where_told() {
        Path reports = dir.resolve("elsewhere");

        int code = run("--db", db.toString(), "eval", "--suite", suite.toString(), "--only", "breakdown", "--mode", "llm",
                "--reports", reports.toString());

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("all                      1").doesNotContain("kpi ");
        assertThat(modes).containsExactly(Question.ModeChoice.LLM);
        assertThat(EvalReports.latest(reports)).isPresent();
    }

    @Test
    void asks_the_suite_in_the_jar_when_no_suite_is_given_and_none_is_in_schema_docs() {
        assertThat(Path.of("schema-docs", "hm.golden.yaml")).doesNotExist();

        int code = run("--db", db.toString(), "eval", "--only", "refusal");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("refusal                  6    100.0 %     6    100.0 %     6");
    }

    @Test
    void fails_under_the_floor_it_is_given() {
        assertThat(run("--db", db.toString(), "eval", "--suite", suite.toString(), "--fail-under", "50")).isEqualTo(1);
        assertThat(err.toString()).contains("error: strict score 33.3 % is below 50.0 %");
    }

    @Test
    void an_unknown_category_is_wrong_usage_that_lists_the_categories() {
        assertThat(run("--db", db.toString(), "eval", "--suite", suite.toString(), "--only", "forecast")).isEqualTo(2);
        assertThat(err.toString()).contains("no questions in category 'forecast'; the categories are kpi, breakdown");
    }

    @Test
    void an_unknown_mode_is_wrong_usage() {
        assertThat(run("--db", db.toString(), "eval", "--suite", suite.toString(), "--mode", "auto")).isEqualTo(2);
        assertThat(err.toString()).contains("expected offline or llm, not 'auto'");
    }

    @Test
    void a_missing_database_or_suite_says_so() {
        assertThat(run("--db", dir.resolve("none.duckdb").toString(), "eval", "--suite", suite.toString())).isEqualTo(3);
        assertThat(run("--db", db.toString(), "eval", "--suite", dir.resolve("none.yaml").toString())).isEqualTo(4);
        assertThat(err.toString()).contains("No golden suite at " + dir.resolve("none.yaml"));
    }

    @Test
    void the_product_agent_in_llm_mode_without_an_llm_says_how_to_configure_one_and_scores_nothing() {
        assumeTrue(System.getenv("OPENAI_API_KEY") == null && System.getenv("OPENAI_BASE_URL") == null,
                "an LLM is configured in this environment");
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of("--db", db.toString(), "eval", "--suite", suite.toString(), "--mode", "llm",
                "--reports", reports.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No LLM is configured", "OPENAI_API_KEY", "--mode offline");
        assertThat(reports).doesNotExist();
    }

    @Test
    void the_product_agent_answers_offline() {
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of("--db", db.toString(), "eval", "--suite", suite.toString(), "--reports", reports.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Golden questions: hm suite, offline mode");
        assertThat(reports).isDirectory();
    }
}
