package com.shopsight.tools.data;

import com.shopsight.tools.data.StagedTable.Staging;
import com.shopsight.tools.progress.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one H&M table's Parquet files into the staging database as they are typed there
 * (Kumo's copy has int64 ids); conversion to the H&M types happens later, where a value
 * that does not convert can be named with its file and row.
 */
final class ParquetStager {
    /** Columns Kumo's articles lack; the loader derives product_code and leaves detail_desc empty. */
    static final List<String> OPTIONAL_ARTICLE_COLUMNS = List.of("product_code", "detail_desc");

    private ParquetStager() {}

    static Staging stage(Connection conn, SourceFile file, Progress progress) {
        HmTables.Table table = file.table();
        List<LoadProblem> problems = new ArrayList<>();
        for (String path : file.paths()) {
            try {
                Sql.queryOrThrow(conn, "DESCRIBE SELECT * FROM read_parquet(" + Sql.literal(path) + ")", rs -> 1);
            } catch (SQLException e) {
                problems.add(LoadProblem.ofFile(file.name(path), "is not a readable Parquet file (empty, cut short, or"
                        + " another format): " + Sql.firstLine(e)));
            }
        }
        if (!problems.isEmpty()) {
            return Staging.failed(problems, List.of());
        }
        // union_by_name: parts written at different times may differ in column order or numeric width.
        String source = "read_parquet(" + Sql.list(file.paths()) + ", union_by_name = true";
        Map<String, String> schema = new LinkedHashMap<>();
        try {
            Sql.queryOrThrow(conn, "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + source + "))",
                    rs -> schema.put(rs.getString(1), rs.getString(2)));
        } catch (SQLException e) {
            return Staging.failed(List.of(LoadProblem.ofFile(file.display(), "the files cannot be read as one table"
                    + " (their columns differ in type): " + Sql.firstLine(e))), List.of());
        }
        ColumnMatch match = ColumnMatch.of(table, new ArrayList<>(schema.keySet()));
        List<String> optional = table == HmTables.ARTICLES ? OPTIONAL_ARTICLE_COLUMNS : List.of();
        for (String missing : match.missing(optional)) {
            problems.add(new LoadProblem(file.display(), missing, 0, 0, "there is no column " + missing
                    + "; the files have " + String.join(", ", schema.keySet())));
        }
        List<String> notices = new ArrayList<>();
        match.ignoredNotice(file.display()).ifPresent(notices::add);
        if (!match.has("product_code") && table == HmTables.ARTICLES) {
            notices.add(file.display() + ": no product_code column; derived from the first 7 digits of article_id");
        }
        if (!match.has("detail_desc") && table == HmTables.ARTICLES) {
            notices.add(file.display() + ": no detail_desc column; detail_desc is empty (NULL) for every article");
        }
        if (!problems.isEmpty()) {
            return Staging.failed(problems, notices);
        }

        String stage = "stage." + Sql.ident(table.name());
        progress.start(file.display(), 100);
        try {
            TrackedQuery.execute(conn, "CREATE TABLE " + stage + " AS SELECT " + match.selectList()
                    + ", filename AS __file, file_row_number + 1 AS __row FROM " + source
                    + ", filename = true, file_row_number = true)", progress);
        } catch (SQLException e) {
            progress.finish();
            return Staging.failed(List.of(LoadProblem.ofFile(file.display(), "cannot be read: " + Sql.firstLine(e))), notices);
        }
        progress.finish();
        long rows = Sql.number(conn, "SELECT count(*) FROM " + stage);
        if (rows == 0) {
            problems.add(LoadProblem.ofFile(file.display(), "has no rows"));
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (String hm : table.columnNames()) {
            schema.forEach((name, type) -> {
                if (match.hmName(name).filter(hm::equals).isPresent()) {
                    types.put(hm, type);
                }
            });
        }
        return new Staging(new StagedTable(file, types, stage, false, "__file", "__row", rows), problems, notices);
    }
}
