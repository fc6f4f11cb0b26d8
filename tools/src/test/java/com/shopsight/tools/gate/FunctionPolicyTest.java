package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The allow-list names real DuckDB functions, and none of those that reach outside. */
class FunctionPolicyTest {
    /** Names JSqlParser reports for syntax DuckDB turns into operators; not DuckDB functions. */
    private static final Set<String> SURFACE_NAMES = Set.of("coalesce", "grouping", "grouping_id", "ifnull",
            "percentile_cont", "percentile_disc", "try");

    private static Set<String> known;
    private static FunctionPolicy policy;

    @BeforeAll
    static void readDuckDbFunctions() throws Exception {
        known = new TreeSet<>();
        try (Connection conn = DuckDb.openInMemory(); Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT lower(function_name) FROM duckdb_functions()")) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        policy = FunctionPolicy.load(known);
    }

    @Test
    void allows_only_functions_duckdb_has() {
        Set<String> listed = new TreeSet<>(policy.allowedScalar());
        listed.addAll(policy.allowedTable());
        listed.removeAll(SURFACE_NAMES);
        listed.remove("unnest"); // a table function that DuckDB also takes in SELECT

        assertThat(known).containsAll(listed);
    }

    @Test
    void refuses_every_function_that_reaches_outside_or_reveals_the_host() {
        for (String name : known) {
            if (name.startsWith("read_") || name.startsWith("parquet_") || name.startsWith("duckdb_")
                    || name.startsWith("pragma_") || name.startsWith("pg_") || name.startsWith("__internal")) {
                assertThat(policy.scalar(name)).as(name).isEqualTo(FunctionPolicy.Verdict.FORBIDDEN);
                assertThat(policy.table(name)).as(name).isEqualTo(FunctionPolicy.Verdict.FORBIDDEN);
            }
        }
        for (String name : Set.of("glob", "sniff_csv", "query", "query_table", "getenv", "current_setting", "getvariable",
                "version", "setseed", "nextval", "sleep_ms", "json_serialize_sql", "json_execute_serialized_sql", "write_log")) {
            assertThat(policy.scalar(name)).as(name).isEqualTo(FunctionPolicy.Verdict.FORBIDDEN);
            assertThat(policy.table(name)).as(name).isEqualTo(FunctionPolicy.Verdict.FORBIDDEN);
        }
    }

    @Test
    void lets_only_three_table_functions_into_from() {
        assertThat(policy.allowedTable()).containsExactly("generate_series", "range", "unnest");
    }

    @Test
    void allows_operators_and_knows_unknown_names() {
        assertThat(policy.scalar("||")).isEqualTo(FunctionPolicy.Verdict.ALLOWED);
        assertThat(policy.scalar("~~")).isEqualTo(FunctionPolicy.Verdict.ALLOWED);
        assertThat(policy.scalar("SUM")).isEqualTo(FunctionPolicy.Verdict.ALLOWED);
        assertThat(policy.scalar("no_such_function")).isEqualTo(FunctionPolicy.Verdict.UNKNOWN);
    }
}
