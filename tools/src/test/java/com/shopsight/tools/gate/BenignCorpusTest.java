package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query of {@code benign.yaml} is accepted, and the gate returns exactly what the same
 * SQL returns on a plain connection to an identical copy of the database.
 */
class BenignCorpusTest {
    private static final List<Corpus.Case> CASES = Corpus.read("benign.yaml");
    private static final QueryLimits LIMITS = new QueryLimits(10_000, Duration.ofSeconds(30));

    @TempDir
    static Path folder;

    private static SqlGate gate;
    private static Connection plain;

    @BeforeAll
    static void open() throws Exception {
        Path database = HmFixture.copy(folder.resolve("gate"));
        gate = SqlGate.open(database, GateConfig.forDatabase(database).withAuditLog(null, 1024));
        // The same bytes under the same file name (so the same catalog name), in another folder:
        // DuckDB keeps one instance per file, and this one must be plain.
        plain = DuckDb.openReadOnly(HmFixture.copy(folder.resolve("plain")));
    }

    @AfterAll
    static void close() throws SQLException {
        gate.close();
        plain.close();
    }

    static Stream<Corpus.Case> cases() {
        return CASES.stream();
    }

    @Test
    void holds_at_least_fifty_queries() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void is_accepted_and_answers_as_plain_jdbc_does(Corpus.Case c) throws SQLException {
        GateCheck check = gate.check(c.sql());
        GateResult result = gate.run(c.sql(), LIMITS);

        assertThat(check).as(() -> String.valueOf(check)).isInstanceOf(Accepted.class);
        assertThat(result).as(() -> String.valueOf(result)).isInstanceOf(Rows.class);
        Rows rows = (Rows) result;
        Rows expected = direct(c.sql());
        assertThat(rows.truncated()).isFalse();
        assertThat(rows.columns()).isEqualTo(expected.columns());
        assertThat(((Accepted) check).columns()).isEqualTo(expected.columns());
        if (c.ordered()) {
            assertThat(keys(rows.rows())).containsExactlyElementsOf(keys(expected.rows()));
        } else {
            assertThat(keys(rows.rows())).containsExactlyInAnyOrderElementsOf(keys(expected.rows()));
        }
    }

    /** The query run as it is, on the plain connection, converted the same way. */
    private static Rows direct(String sql) throws SQLException {
        try (Statement st = plain.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<Column> columns = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(new Column(rs.getMetaData().getColumnName(i), rs.getMetaData().getColumnTypeName(i)));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(Values.plain(rs.getObject(i)));
                }
                rows.add(row);
            }
            return new Rows(columns, rows, false, 0, sql, sql);
        }
    }

    /**
     * Rows as comparable text: doubles to 10 significant digits, because parallel sums may
     * add in another order and differ in the last bits.
     */
    private static List<String> keys(List<List<Object>> rows) {
        return rows.stream().map(BenignCorpusTest::key).toList();
    }

    private static String key(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString()
                    : new BigDecimal(d).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BenignCorpusTest::key).toList().toString();
        }
        if (value instanceof java.util.Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + key(e.getValue()))
                    .sorted(Comparator.naturalOrder()).toList().toString();
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT).isEmpty() ? "''" : String.valueOf(value);
    }
}
