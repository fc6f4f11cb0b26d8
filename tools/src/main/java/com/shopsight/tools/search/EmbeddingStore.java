package com.shopsight.tools.search;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The embedding cache: a small DuckDB file beside the analytic database (which is opened
 * read-only), one row per (model, SHA-256 of the text) with the vector as little-endian
 * floats. Keyed by the text, not the article, so a regenerated or reloaded dataset reuses every
 * vector whose text it still has. One process writes it at a time; DuckDB's file lock refuses a
 * second.
 */
final class EmbeddingStore implements AutoCloseable {
    private final Connection conn;

    private EmbeddingStore(Connection conn) {
        this.conn = conn;
    }

    /** The cache file for a database: {@code shopsight.duckdb} -> {@code shopsight.embeddings.duckdb}. */
    static Path sidecarFor(Path database) {
        Path abs = database.toAbsolutePath();
        String name = abs.getFileName().toString().replaceFirst("\\.duckdb$", "");
        return abs.resolveSibling(name + ".embeddings.duckdb");
    }

    /** Opens (creating if needed) the cache at {@code file}. */
    static EmbeddingStore open(Path file) {
        Connection conn = DuckDb.openWritable(file);
        DuckDb.execute(conn, "CREATE TABLE IF NOT EXISTS embeddings (model VARCHAR NOT NULL, text_sha256 VARCHAR NOT NULL,"
                + " vector BLOB NOT NULL, PRIMARY KEY (model, text_sha256))");
        return new EmbeddingStore(conn);
    }

    /**
     * Copies the cached vectors of {@code model} for the texts of {@code rows} (text hash to row)
     * into {@code matrix}, one row of {@code dims} floats each, straight from the cache rows.
     *
     * @return which rows were found
     */
    java.util.BitSet loadInto(String model, Map<String, Integer> rows, float[] matrix, int dims) {
        java.util.BitSet found = new java.util.BitSet(rows.size());
        try (PreparedStatement ps = conn.prepareStatement("SELECT text_sha256, vector FROM embeddings WHERE model = ?")) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer row = rows.get(rs.getString(1));
                    byte[] bytes = rs.getBytes(2);
                    if (row != null && bytes.length == dims * 4) {
                        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(matrix, row * dims, dims);
                        found.set(row);
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new ShopSightException("Cannot read the embedding cache: " + e.getMessage(), e);
        }
    }

    /** Stores vectors for texts (by hash), in one transaction. */
    void save(String model, List<String> hashes, float[][] vectors) {
        try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)")) {
            for (int i = 0; i < hashes.size(); i++) {
                ps.setString(1, model);
                ps.setString(2, hashes.get(i));
                ps.setBytes(3, bytes(vectors[i]));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new ShopSightException("Cannot write the embedding cache: " + e.getMessage(), e);
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new ShopSightException("Cannot close the embedding cache: " + e.getMessage(), e);
        }
    }
}
