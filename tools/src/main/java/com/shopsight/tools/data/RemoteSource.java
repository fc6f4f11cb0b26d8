package com.shopsight.tools.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a remote prefix ({@code s3://}, {@code https://}, ...) through DuckDB's httpfs
 * extension, and says plainly when that cannot work: httpfs is downloaded on first use, so
 * an offline machine has neither the extension nor the files.
 */
final class RemoteSource {
    private RemoteSource() {}

    /** The source or the extension could not be reached; the message says what to do instead. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Loads httpfs, installing it first if needed; a problem when neither works. */
    static Optional<LoadProblem> enable(Connection conn, String source) {
        try {
            try {
                run(conn, "LOAD httpfs");
            } catch (SQLException notInstalled) {
                run(conn, "INSTALL httpfs");
                run(conn, "LOAD httpfs");
            }
            String region = System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : System.getenv("AWS_DEFAULT_REGION");
            if (region != null && !region.isBlank()) {
                run(conn, "SET s3_region = " + Sql.literal(region));
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(LoadProblem.ofSource("cannot reach " + source
                    + ": DuckDB's httpfs extension is not available offline (install it on a machine with internet with"
                    + " `INSTALL httpfs;` in DuckDB " + where(conn) + ", or download the files and use --from FOLDER)."
                    + " DuckDB said: " + Sql.firstLine(e)));
        }
    }

    /** One statement on its own: the JDBC driver closes a statement that failed. */
    private static void run(Connection conn, String sql) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    /** Finds files under a remote root; http(s) cannot list, so there only exact names are found. */
    static SourceLayout.Finder finder(Connection conn, String root) {
        boolean listable = !root.toLowerCase(Locale.ROOT).startsWith("http");
        return pattern -> {
            String url = root + pattern;
            try {
                if (pattern.contains("*")) {
                    return listable ? Sql.queryOrThrow(conn, "SELECT file FROM glob(" + Sql.literal(url) + ") ORDER BY file",
                            rs -> rs.getString(1)) : List.of();
                }
                // Only the size is read, so this costs a HEAD request, not a download.
                Sql.queryOrThrow(conn, "SELECT size FROM read_blob(" + Sql.literal(url) + ")", rs -> rs.getLong(1));
                return List.of(url);
            } catch (SQLException e) {
                if (notFound(e)) {
                    return List.of();
                }
                throw new Unreachable("cannot reach " + root + ": " + Sql.firstLine(e)
                        + ". Check the address and the connection, or download the files and use --from FOLDER", e);
            }
        };
    }

    private static boolean notFound(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("404") || m.contains("no files found") || m.contains("nosuchkey") || m.contains("not found");
    }

    /** "v2.0.0 and copy ~/.duckdb/extensions/v2.0.0/linux_amd64/httpfs.duckdb_extension to the same place here". */
    private static String where(Connection conn) {
        try {
            String version = Sql.queryOrThrow(conn, "SELECT version()", rs -> rs.getString(1)).get(0);
            String platform = Sql.queryOrThrow(conn, "PRAGMA platform", rs -> rs.getString(1)).get(0);
            return version + " and copy ~/.duckdb/extensions/" + version + "/" + platform
                    + "/httpfs.duckdb_extension to the same place here";
        } catch (SQLException e) {
            // Only the advice gets vaguer; the load is rejected either way.
            return "of the same version, then copy its extension file here";
        }
    }
}
