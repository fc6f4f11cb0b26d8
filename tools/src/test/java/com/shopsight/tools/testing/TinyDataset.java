package com.shopsight.tools.testing;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.data.Scale;
import com.shopsight.tools.data.SyntheticGenerator;
import com.shopsight.tools.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The `tiny` synthetic dataset (seed 42) for tests, generated once and cached under
 * target/test-data keyed by the generator's fingerprint.
 *
 * <p>DuckDB lets one JVM open a file several times only with identical settings, so open the
 * shared {@link #path()} only through {@code DuckDb.openReadOnly}; a test that needs other
 * settings (a gate with its own configuration, writes) takes its own {@link #copyTo} copy.
 */
public final class TinyDataset {
    public static final long SEED = SyntheticGenerator.DEFAULT_SEED;

    private static Path cached;

    private TinyDataset() {}

    /** The shared tiny database; open it read-only. */
    public static synchronized Path path() {
        if (cached == null) {
            Path file = Path.of("target", "test-data", "tiny-" + SEED + "-" + SyntheticGenerator.fingerprint() + ".duckdb")
                    .toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                SyntheticGenerator.generate(file, Scale.TINY, SEED, Progress.NONE);
            }
            cached = file;
        }
        return cached;
    }

    /** A private copy of the tiny database in {@code dir}, free to open with any settings. */
    public static Path copyTo(Path dir) {
        try {
            Path target = dir.resolve("tiny.duckdb");
            Files.copy(path(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new ShopSightException("Cannot copy the tiny dataset: " + e.getMessage(), e);
        }
    }
}
