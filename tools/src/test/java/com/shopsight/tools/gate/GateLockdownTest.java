package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defence in depth: with the gate's start-up settings DuckDB itself refuses to write, read
 * files, attach, load or reconfigure, so even SQL that slipped past validation could not.
 */
class GateLockdownTest {
    @TempDir
    Path folder;

    /** DuckDB's driver closes a statement that threw, so each attempt gets its own. */
    private static void refuses(Connection conn, String sql, String why) {
        assertThatThrownBy(() -> {
            try (Statement st = conn.createStatement()) {
                st.execute(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(why);
    }

    @Test
    void duckdb_refuses_everything_the_gate_refuses() throws Exception {
        Path db = HmFixture.copy(folder);
        Path outside = Files.writeString(folder.resolve("secret.csv"), "a\n1\n");
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        try (Connection conn = DuckDb.openReadOnly(db, SqlGate.startupSettings(GateConfig.forDatabase(db), temp));
                Statement st = conn.createStatement()) {
            refuses(conn, "SELECT * FROM read_csv('" + outside + "')", "disabled by configuration");
            refuses(conn, "SELECT * FROM '" + outside + "'", "disabled by configuration");
            refuses(conn, "COPY articles TO '" + folder.resolve("out.csv") + "'", "disabled by configuration");
            refuses(conn, "ATTACH '" + folder.resolve("other.duckdb") + "'", "disabled by configuration");
            refuses(conn, "SET enable_external_access = true", "locked");
            refuses(conn, "SET lock_configuration = false", "locked");
            refuses(conn, "RESET memory_limit", "locked");
            refuses(conn, "CREATE TABLE t AS SELECT 1", "read-only");
            refuses(conn, "DELETE FROM transactions", "read-only");
            refuses(conn, "INSTALL httpfs", "");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM transactions")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(100_000L);
            }
        }
        assertThat(folder.resolve("out.csv")).doesNotExist();
        assertThat(folder.resolve("other.duckdb")).doesNotExist();
    }

    @Test
    void removes_its_own_temp_folder_on_close() {
        Path db = HmFixture.copy(folder);
        SqlGate gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(null, 1024));
        Path temp = folder.resolve("tmp").resolve("gate-" + ProcessHandle.current().pid());
        assertThat(temp).isDirectory();

        gate.close();

        assertThat(temp).doesNotExist();
    }
}
