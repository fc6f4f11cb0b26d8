package com.shopsight.tools.gate;

import com.shopsight.tools.testing.TinyDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Databases for gate tests: private copies of the tiny synthetic H&M dataset (generated once
 * and cached by {@link TinyDataset}). A gate opens its database with settings of its own, and
 * DuckDB lets a process open a file again only with the same settings, so every gate gets a
 * copy. Copies are named tiny.duckdb, so DuckDB calls their catalog "tiny".
 */
final class HmFixture {
    private HmFixture() {}

    /** A copy of the tiny dataset in {@code folder}. */
    static Path copy(Path folder) {
        try {
            return TinyDataset.copyTo(Files.createDirectories(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of a file, to show a database is byte-identical after a test. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
