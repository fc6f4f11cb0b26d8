package com.shopsight.tools.data;

import com.shopsight.tools.db.DuckDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers over real DuckDB files: queries, checksums, an existing database to protect. */
final class TestDb {
    private TestDb() {}

    /** Every row of a query on a database file, each row a list of column values as JDBC returns them. */
    static List<List<Object>> rows(Path db, String sql) {
        try (Connection conn = DuckDb.openReadOnly(db); Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row. */
    static List<Object> column(Path db, String sql) {
        return rows(db, sql).stream().map(r -> r.get(0)).toList();
    }

    static Object value(Path db, String sql) {
        return rows(db, sql).get(0).get(0);
    }

    /** A database that a failed load must leave exactly as it is. */
    static Path existing(Path db) {
        try (Connection conn = DuckDb.openWritable(db); Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE previous AS SELECT range AS id, 'kept' AS note FROM range(1000)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** File names in a folder, so a test sees any scratch file a load left behind. */
    static List<String> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
