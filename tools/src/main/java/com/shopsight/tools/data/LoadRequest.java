package com.shopsight.tools.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link HmLoader} loads and where to: the H&M files' location and the database they
 * replace.
 *
 * @param source a local folder, or a remote prefix ({@code s3://}, {@code https://},
 *     {@code http://}, {@code gs://}, {@code r2://}) read through DuckDB's httpfs; never blank
 * @param database the DuckDB file that the loaded tables replace, only when the whole load
 *     succeeds; never null
 */
public record LoadRequest(String source, Path database) {
    private static final String[] REMOTE_PREFIXES = {"s3://", "https://", "http://", "gs://", "gcs://", "r2://"};

    public LoadRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(database, "database");
        if (source.isBlank()) {
            throw new IllegalArgumentException("The source to load from is blank");
        }
    }

    /** True when the source is read over the network through DuckDB's httpfs extension. */
    public boolean remote() {
        String lower = source.toLowerCase(Locale.ROOT);
        for (String prefix : REMOTE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
