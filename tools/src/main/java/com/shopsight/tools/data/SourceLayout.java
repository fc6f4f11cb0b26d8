package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.data.LoadReport.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the three H&M tables in a source: the CSV files as distributed, or the same as
 * Parquet, flat ({@code articles.parquet}) or one folder per table as in Kumo's copy
 * ({@code articles/*.parquet}, {@code transactions/*.parquet}).
 */
final class SourceLayout {
    private SourceLayout() {}

    /** The files found for every table, or the problems that stop the load. */
    record Layout(Format format, List<SourceFile> files, List<LoadProblem> problems) {
        Layout {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        /** No layout: the source itself is the problem (absent, a file, unreachable). */
        static Layout failed(LoadProblem problem) {
            return new Layout(Format.CSV, List.of(), List.of(problem));
        }
    }

    /** Lists what matches a pattern relative to the source ("articles.csv", "articles/*.parquet"), sorted. */
    @FunctionalInterface
    interface Finder {
        List<String> find(String pattern);
    }

    /** Resolves the layout of a source whose root (ending in a separator) the finder searches. */
    static Layout resolve(String root, Finder finder) {
        List<SourceFile> csv = new ArrayList<>();
        List<SourceFile> parquet = new ArrayList<>();
        for (HmTables.Table table : HmTables.ALL) {
            SourceFile c = first(table, Format.CSV, csvPatterns(table), root, finder);
            SourceFile p = first(table, Format.PARQUET, parquetPatterns(table), root, finder);
            if (c != null) {
                csv.add(c);
            }
            if (p != null) {
                parquet.add(p);
            }
        }
        // The format most files are in wins; CSV (the files as distributed) on a tie.
        Format format = csv.size() >= parquet.size() ? Format.CSV : Format.PARQUET;
        List<SourceFile> chosen = format == Format.CSV ? csv : parquet;
        List<SourceFile> other = format == Format.CSV ? parquet : csv;
        List<LoadProblem> problems = new ArrayList<>();
        for (HmTables.Table table : HmTables.ALL) {
            if (chosen.stream().noneMatch(f -> f.table() == table)) {
                problems.add(missing(table, format, other));
            }
        }
        return new Layout(format, chosen, problems);
    }

    /** A finder over a local folder; a flat {@code .parquet} name may also be a folder of parts, as Spark writes. */
    static Finder local(Path folder) {
        return pattern -> {
            if (pattern.endsWith("/*.parquet")) {
                return parquetParts(folder.resolve(pattern.substring(0, pattern.length() - "/*.parquet".length())));
            }
            Path file = folder.resolve(pattern);
            if (Files.isRegularFile(file)) {
                return List.of(file.toString());
            }
            return pattern.endsWith(".parquet") ? parquetParts(file) : List.of();
        };
    }

    /** The root string of a local folder, as the local finder's paths start. */
    static String localRoot(Path folder) {
        return folder.toString().endsWith("/") ? folder.toString() : folder + "/";
    }

    static List<String> csvPatterns(HmTables.Table table) {
        return List.of(table.file() + ".csv");
    }

    static List<String> parquetPatterns(HmTables.Table table) {
        List<String> patterns = new ArrayList<>(List.of(table.file() + ".parquet", table.file() + "/*.parquet"));
        if (!table.file().equals(table.name())) {
            // Kumo names the folder after the table ("transactions/"), not after the CSV file.
            patterns.addAll(List.of(table.name() + ".parquet", table.name() + "/*.parquet"));
        }
        return patterns;
    }

    private static SourceFile first(HmTables.Table table, Format format, List<String> patterns, String root, Finder finder) {
        for (String pattern : patterns) {
            List<String> paths = finder.find(pattern);
            if (!paths.isEmpty()) {
                String one = paths.get(0).startsWith(root) ? paths.get(0).substring(root.length()) : paths.get(0);
                String display = paths.size() == 1 ? one : pattern + " (" + paths.size() + " files)";
                return new SourceFile(table, format, paths, root, display);
            }
        }
        return null;
    }

    private static LoadProblem missing(HmTables.Table table, Format format, List<SourceFile> other) {
        List<String> expected = format == Format.CSV ? csvPatterns(table) : parquetPatterns(table);
        List<String> alternatives = new ArrayList<>(expected.subList(1, expected.size()));
        alternatives.addAll(format == Format.CSV ? parquetPatterns(table) : csvPatterns(table));
        String message = "is missing (also looked for " + String.join(", ", alternatives) + ")";
        for (SourceFile f : other) {
            if (f.table() == table) {
                message = "is missing: found " + f.display() + ", but the other tables are " + format
                        + "; put all three in one format";
            }
        }
        return LoadProblem.ofFile(expected.get(0), message);
    }

    private static List<String> parquetParts(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(p))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ShopSightException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
