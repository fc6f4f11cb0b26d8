package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.data.LoadReport.Format;
import com.shopsight.tools.data.LoadResult.Loaded;
import com.shopsight.tools.data.LoadResult.Rejected;
import com.shopsight.tools.data.StagedTable.Staging;
import com.shopsight.tools.db.DatabaseFiles;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads the real H&M files (CSV as distributed, or Parquet) into a new database and swaps it
 * in only when every file was found, read and checked; otherwise the previous database is
 * left exactly as it was and the result lists every problem found.
 */
public final class HmLoader {
    private final Progress progress;

    /** A loader reporting one progress task per file read; {@link Progress#NONE} for none. */
    public HmLoader(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Loads, checks and swaps in; a broken environment (disk, DuckDB) throws a ShopSightException. */
    public LoadResult load(LoadRequest request) {
        long started = System.nanoTime();
        Path target = request.database().toAbsolutePath().normalize();
        Path scratch = DatabaseFiles.scratchFor(target);
        Path stage = DatabaseFiles.scratchFor(target.resolveSibling(target.getFileName() + ".stage"));
        Thread cleanup = new Thread(() -> discard(scratch, stage), "shopsight-load-cleanup");
        // Ctrl-C skips finally blocks but runs shutdown hooks: the half-built files still go.
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            discard(scratch, stage);
            LoadResult result;
            try (Connection conn = DuckDb.openWritable(scratch)) {
                result = loadInto(conn, request, stage, started);
            } catch (SQLException e) {
                throw new ShopSightException("Cannot close the new database " + scratch + ": " + e.getMessage(), e);
            }
            if (result instanceof Loaded) {
                DatabaseFiles.swapIn(scratch, target);
            }
            return result;
        } finally {
            discard(scratch, stage);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting; the hook runs (or ran) the same cleanup.
            }
        }
    }

    private LoadResult loadInto(Connection conn, LoadRequest request, Path stage, long started) {
        String source = request.source();
        DuckDb.execute(conn, "SET enable_progress_bar = true", "SET enable_progress_bar_print = false");
        SourceLayout.Layout layout;
        try {
            layout = locate(conn, request);
        } catch (RemoteSource.Unreachable e) {
            return new Rejected(source, List.of(LoadProblem.ofSource(e.getMessage())));
        }
        if (!layout.problems().isEmpty()) {
            return new Rejected(source, layout.problems());
        }

        if (layout.format() == Format.PARQUET) {
            // Parquet is converted on the way in; staged in its own file, it leaves no dead space in the new one.
            DuckDb.execute(conn, "ATTACH " + Sql.literal(stage.toString()) + " AS stage");
        }
        List<LoadProblem> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<StagedTable> staged = new ArrayList<>();
        for (SourceFile file : layout.files()) {
            Staging s = file.format() == Format.CSV ? CsvStager.stage(conn, file, progress) : ParquetStager.stage(conn, file, progress);
            problems.addAll(s.problems());
            notices.addAll(s.notices());
            if (s.clean()) {
                staged.add(s.staged());
            }
        }
        progress.start("checking", staged.size());
        for (StagedTable t : staged) {
            problems.addAll(StageChecks.check(conn, t));
            notices.addAll(StageChecks.notices(conn, t));
            progress.advance(1);
        }
        progress.finish();
        if (!problems.isEmpty()) {
            return new Rejected(source, problems);
        }

        progress.start("writing tables", staged.size());
        for (StagedTable t : staged) {
            TableWriter.write(conn, t);
            progress.advance(1);
        }
        if (layout.format() == Format.PARQUET) {
            DuckDb.execute(conn, "DETACH stage");
        }
        notices.addAll(TableWriter.orphans(conn));
        TableWriter.Figures f = TableWriter.figures(conn);
        DatasetMeta.write(conn, meta(source, layout.format(), f));
        DuckDb.execute(conn, "CHECKPOINT");
        progress.finish();
        return new Loaded(new LoadReport(source, layout.format(), request.database(), f.articles(), f.customers(),
                f.transactions(), f.firstDay(), f.lastDay(), f.buyers(), f.articlesSold(),
                Duration.ofNanos(System.nanoTime() - started), notices));
    }

    /** The source's layout, or the problem that stops the load before any file is read. */
    private static SourceLayout.Layout locate(Connection conn, LoadRequest request) {
        String source = request.source();
        if (request.remote()) {
            Optional<LoadProblem> offline = RemoteSource.enable(conn, source);
            if (offline.isPresent()) {
                return SourceLayout.Layout.failed(offline.get());
            }
            String root = source.endsWith("/") ? source : source + "/";
            return SourceLayout.resolve(root, RemoteSource.finder(conn, root));
        }
        Path folder = Path.of(source).toAbsolutePath().normalize();
        if (!Files.exists(folder)) {
            return SourceLayout.Layout.failed(LoadProblem.ofSource("there is no folder " + folder));
        }
        if (!Files.isDirectory(folder)) {
            return SourceLayout.Layout.failed(LoadProblem.ofSource(folder + " is a file; --from takes the folder"
                    + " that holds articles.csv, customers.csv and transactions_train.csv (or the same as Parquet)"));
        }
        return SourceLayout.resolve(SourceLayout.localRoot(folder), SourceLayout.local(folder));
    }

    private static Map<String, String> meta(String source, Format format, TableWriter.Figures f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", "real");
        m.put("source", source);
        m.put("format", format.name().toLowerCase(Locale.ROOT));
        m.put("loaded_at", Instant.now().toString());
        m.put("rows.articles", Long.toString(f.articles()));
        m.put("rows.customers", Long.toString(f.customers()));
        m.put("rows.transactions", Long.toString(f.transactions()));
        m.put("first_day", f.firstDay().toString());
        m.put("last_day", f.lastDay().toString());
        return m;
    }

    private static void discard(Path scratch, Path stage) {
        DatabaseFiles.discard(scratch);
        DatabaseFiles.discard(stage);
    }
}
