package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DatabaseFiles;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic H&M dataset (articles, customers, transactions, and the planted ground
 * truth in schema {@code meta}) to a database file, atomically: the same scale and seed give
 * identical tables. The data's shape and the planted structure are described in README.md.
 */
public final class SyntheticGenerator {
    /** The seed that `generate` and `serve` use unless told otherwise. */
    public static final long DEFAULT_SEED = 42;

    private static final Logger log = LoggerFactory.getLogger(SyntheticGenerator.class);

    private static final String[] SOURCES = {
        "generate.sql", "catalogue/product_types.psv", "catalogue/sections.psv", "catalogue/indexes.psv",
        "catalogue/colours.psv", "catalogue/appearances.psv", "catalogue/garment_groups.psv", "catalogue/words.psv"
    };

    private SyntheticGenerator() {}

    /**
     * A short hash of the generator's SQL and catalogue: it changes whenever the generated
     * data could, so caches of generated databases can be keyed on it.
     */
    public static String fingerprint() {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (String source : SOURCES) {
                try (java.io.InputStream in = SyntheticGenerator.class.getResourceAsStream(source)) {
                    if (in == null) {
                        throw new ShopSightException("Missing generator resource " + source);
                    }
                    md.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new ShopSightException("Cannot fingerprint the generator: " + e.getMessage(), e);
        }
    }

    /** Generates {@code scale} with {@code seed} into {@code database}, replacing it only when complete. */
    public static GenerationReport generate(Path database, Scale scale, long seed, Progress progress) {
        long start = System.nanoTime();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("seed", seed);
        values.put("articles", scale.articles());
        values.put("customers", scale.customers());
        values.put("transactions", scale.transactions());
        values.put("threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
        values.put("scale", scale.label());
        values.put("fingerprint", fingerprint());
        SqlScript script = SqlScript.load("generate.sql", values);

        Path scratch = DatabaseFiles.scratchFor(database);
        DatabaseFiles.discard(scratch);
        boolean done = false;
        try {
            try (Connection conn = DuckDb.openWritable(scratch)) {
                progress.start("generate " + scale.label(), script.steps().size() + 1L);
                // A bounded memory limit makes DuckDB spill the large intermediate tables of the
                // full scale to disk instead of taking most of the machine.
                DuckDb.execute(conn, "SET temp_directory = '" + scratch.toAbsolutePath() + ".spill'",
                        "SET memory_limit = '" + memoryLimitMb() + "MB'");
                for (HmTables.Table table : HmTables.ALL) {
                    DuckDb.execute(conn, table.createSql(table.name()));
                }
                Catalogue.load(conn);
                progress.advance(1);
                for (SqlScript.Step step : script.steps()) {
                    long t0 = System.nanoTime();
                    SqlScript.run(conn, step);
                    log.atInfo().setMessage("generation step done").addKeyValue("step", step.name())
                            .addKeyValue("ms", (System.nanoTime() - t0) / 1_000_000).log();
                    progress.advance(1);
                }
                GenerationReport report = new GenerationReport(database, scale, seed,
                        count(conn, "articles"), count(conn, "customers"), count(conn, "transactions"),
                        (System.nanoTime() - start) / 1_000_000);
                check(report);
                DatasetMeta.write(conn, Map.of(
                        "kind", "synthetic",
                        "source", "shopsight generate --scale " + scale.label() + " --seed " + seed,
                        "scale", scale.label(),
                        "seed", String.valueOf(seed),
                        "generator", "shopsight-synthetic-" + fingerprint(),
                        "rows.articles", String.valueOf(report.articles()),
                        "rows.customers", String.valueOf(report.customers()),
                        "rows.transactions", String.valueOf(report.transactions()),
                        "first_day", HmTables.FIRST_DAY.toString(),
                        "last_day", HmTables.LAST_DAY.toString()));
                DuckDb.execute(conn, "CHECKPOINT");
                progress.finish();
                conn.close();
                DatabaseFiles.swapIn(scratch, database);
                done = true;
                return new GenerationReport(database, scale, seed, report.articles(), report.customers(),
                        report.transactions(), (System.nanoTime() - start) / 1_000_000);
            } catch (SQLException e) {
                throw new ShopSightException("Generation failed: " + e.getMessage(), e);
            }
        } finally {
            if (!done) {
                DatabaseFiles.discard(scratch);
            }
        }
    }

    /** Half the machine's memory, at most 8 GB and at least 1 GB. */
    private static long memoryLimitMb() {
        long total = 8L * 1024;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            total = os.getTotalMemorySize() / (1024 * 1024);
        }
        return Math.max(1024, Math.min(8L * 1024, total / 2));
    }

    private static void check(GenerationReport r) {
        if (r.articles() != r.scale().articles() || r.customers() != r.scale().customers()
                || r.transactions() != r.scale().transactions()) {
            throw new ShopSightException("Generated " + r.articles() + " articles, " + r.customers()
                    + " customers and " + r.transactions() + " transactions; expected " + r.scale().articles()
                    + ", " + r.scale().customers() + " and " + r.scale().transactions());
        }
    }

    private static long count(Connection conn, String table) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
