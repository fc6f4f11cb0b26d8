package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.data.StagedTable.Staging;
import com.shopsight.tools.progress.Progress;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one H&M CSV file into its H&M table in the new database, with the dialect of the distributed files
 * (comma, double quotes doubled inside quotes, a header line) and explicit column types, so
 * nothing depends on DuckDB's type sniffing and article_id keeps its leading zeros. Lines
 * DuckDB cannot read or convert come back as problems with their line numbers.
 */
final class CsvStager {
    /** DuckDB stops recording bad lines of a file here, so a file wrong on every line stays cheap. */
    static final int REJECTS_LIMIT = 1000;
    /** Bad lines reported per file; the rest are counted. */
    static final int LINES_SHOWN = 10;
    private static final String DIALECT = "header = true, delim = ',', quote = '\"', escape = '\"'";

    private CsvStager() {}

    static Staging stage(Connection conn, SourceFile file, Progress progress) {
        String path = file.paths().get(0);
        String name = file.name(path);
        HmTables.Table table = file.table();
        String expected = String.join(",", table.columnNames());
        Header header = readHeader(conn, file, path, expected);
        if (header.problem() != null) {
            return Staging.failed(List.of(header.problem()), List.of());
        }
        ColumnMatch match = ColumnMatch.of(table, header.names());
        List<LoadProblem> problems = new ArrayList<>();
        for (String missing : match.missing(List.of())) {
            problems.add(new LoadProblem(name, missing, 1, 0, "the header has no column " + missing
                    + "; it has " + String.join(",", header.names())));
        }
        List<String> notices = match.ignoredNotice(name).stream().toList();
        if (!problems.isEmpty()) {
            return Staging.failed(problems, notices);
        }

        String rejects = "rejects_" + table.name();
        // Read straight into the H&M table: the columns already have the H&M types, so a good file needs no copy.
        String target = "main." + Sql.ident(table.name());
        String sql = "CREATE TABLE " + target + " AS SELECT "
                + match.selectList() + " FROM read_csv(" + Sql.literal(path) + ", " + DIALECT
                + ", auto_detect = false, dateformat = '%Y-%m-%d', columns = " + columnsStruct(table, header.names(), match)
                + ", store_rejects = true, rejects_table = " + Sql.literal(rejects)
                + ", rejects_scan = " + Sql.literal("scans_" + table.name()) + ", rejects_limit = " + REJECTS_LIMIT + ")";
        progress.start(file.display(), 100);
        try {
            TrackedQuery.execute(conn, sql, progress);
        } catch (SQLException e) {
            progress.finish();
            return Staging.failed(List.of(LoadProblem.ofFile(name, "cannot be read: " + Sql.firstLine(e))), notices);
        }
        progress.finish();
        problems.addAll(rejectedLines(conn, rejects, name, header.names(), match));
        long rows = Sql.number(conn, "SELECT count(*) FROM " + target);
        if (rows == 0 && problems.isEmpty()) {
            problems.add(LoadProblem.ofFile(name, "has a header line but no rows"));
        }
        if (file.local()) {
            unfinishedLastLine(Path.of(path)).ifPresent(tail -> problems.add(LoadProblem.ofFile(name,
                    "does not end with a line break, so its last line looks cut short: \"" + Values.clip(tail)
                            + "\". Download it again; if the file is complete, add a line break at its end")));
        }
        Map<String, String> types = new LinkedHashMap<>();
        table.columns().forEach(c -> types.put(c.name(), c.type()));
        // rowid follows the file's order (insertion order is preserved): row 1 is the first after the header.
        return new Staging(new StagedTable(file, types, target, true, Sql.literal(name), "(rowid + 1)", rows), problems, notices);
    }

    /** The names on a file's first line, or why there are none. */
    private record Header(List<String> names, LoadProblem problem) {}

    private static Header readHeader(Connection conn, SourceFile file, String path, String expected) {
        String name = file.name(path);
        if (file.local() && size(path) == 0) {
            return new Header(List.of(), LoadProblem.ofFile(name, "is empty; expected a header line (" + expected + ") and rows"));
        }
        List<String> first;
        try {
            // The first line alone, as text: sniffing a sample would fail on a bad row further down.
            first = Sql.queryOrThrow(conn, "SELECT line FROM read_csv(" + Sql.literal(path)
                    + ", header = false, auto_detect = false, columns = {'line': 'VARCHAR'}, delim = chr(1),"
                    + " quote = '', escape = '') LIMIT 1", rs -> rs.getString(1));
        } catch (SQLException e) {
            return new Header(List.of(), LoadProblem.ofFile(name, "cannot be read as CSV: " + Sql.firstLine(e)));
        }
        if (first.isEmpty() || first.get(0) == null || first.get(0).isBlank()) {
            return new Header(List.of(), LoadProblem.ofFile(name, "has no header line; expected " + expected));
        }
        return new Header(Values.split(first.get(0)), null);
    }

    /** The columns option: every header column in file order, H&M ones with their type, others as text. */
    private static String columnsStruct(HmTables.Table table, List<String> header, ColumnMatch match) {
        Map<String, String> typeOf = table.columns().stream()
                .collect(Collectors.toMap(HmTables.Column::name, HmTables.Column::type));
        return header.stream()
                .map(h -> Sql.literal(h) + ": " + Sql.literal(match.hmName(h).map(typeOf::get).orElse("VARCHAR")))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static List<LoadProblem> rejectedLines(Connection conn, String rejects, String name, List<String> header, ColumnMatch match) {
        record Reject(long line, String column, String type, String csvLine, String message) {}
        List<Reject> all = Sql.query(conn, "SELECT line, column_name, CAST(error_type AS VARCHAR), csv_line, error_message FROM "
                + rejects + " ORDER BY line, column_idx", rs -> new Reject(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)));
        Map<Long, List<Reject>> byLine = new LinkedHashMap<>();
        all.forEach(r -> byLine.computeIfAbsent(r.line(), k -> new ArrayList<>()).add(r));
        List<LoadProblem> problems = new ArrayList<>();
        for (List<Reject> rs : byLine.values()) {
            if (problems.size() == LINES_SHOWN) {
                break;
            }
            Reject r = rs.get(0);
            String column = r.column() == null ? null : match.hmName(r.column()).orElse(r.column());
            String message = switch (r.type()) {
                case "CAST" -> "\"" + Values.clip(Values.field(r.csvLine(), header.indexOf(r.column()))) + "\" "
                        + Values.typeWords(match.typeOf(r.column()));
                case "MISSING COLUMNS" -> "has " + Values.fieldCount(r.csvLine()) + " of " + header.size()
                        + " fields: \"" + Values.clip(r.csvLine().strip()) + "\"";
                case "TOO MANY COLUMNS" -> "has more than the header's " + header.size()
                        + " fields (a comma in an unquoted value?): \"" + Values.clip(r.csvLine().strip()) + "\"";
                case "UNQUOTED VALUE" -> "has a quote that is never closed: \"" + Values.clip(r.csvLine().strip()) + "\"";
                case "INVALID ENCODING", "INVALID UNICODE" -> "is not valid UTF-8";
                default -> Values.clip(r.message());
            };
            problems.add(new LoadProblem(name, r.type().equals("CAST") ? column : null, r.line(), 0, message));
        }
        if (byLine.size() > LINES_SHOWN) {
            String more = all.size() >= REJECTS_LIMIT ? "at least " + (byLine.size() - LINES_SHOWN) : String.valueOf(byLine.size() - LINES_SHOWN);
            problems.add(LoadProblem.ofFile(name, "and " + more + " more lines that cannot be read"));
        }
        return problems;
    }

    /** The last line's text when the file does not end with a line break. */
    private static java.util.Optional<String> unfinishedLastLine(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long size = raf.length();
            int n = (int) Math.min(size, 512);
            byte[] tail = new byte[n];
            raf.seek(size - n);
            raf.readFully(tail);
            if (n == 0 || tail[n - 1] == '\n') {
                return java.util.Optional.empty();
            }
            String text = new String(tail, StandardCharsets.UTF_8);
            return java.util.Optional.of(text.substring(text.lastIndexOf('\n') + 1));
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the end of " + file + ": " + e.getMessage(), e);
        }
    }

    private static long size(String path) {
        try {
            return Files.size(Path.of(path));
        } catch (IOException e) {
            throw new ShopSightException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
